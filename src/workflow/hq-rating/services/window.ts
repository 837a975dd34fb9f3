import { BATCH_MACHINE } from '../batch-machine.ts';
import { WorkflowError } from '../errors.ts';
import type { BatchRow } from './load.ts';

/**
 * A draft is written and submitted only inside the batch's window, closing date included (R12:
 * the bureau's announcement sets it, 88号 五、1).
 * @example assertWindowOpen(batch, '2025-12-15')
 */
export function assertWindowOpen(batch: BatchRow, today: string): void {
  if (batch.state !== 'open' || today < batch.opensOn || today > batch.closesOn) {
    const state = BATCH_MACHINE.stateLabels[batch.state];
    throw new WorkflowError('conflict', 'window_closed', {
      zh: `本批次申报期为 ${batch.opensOn} 至 ${batch.closesOn}，当前批次状态为“${state.zh}”，不能申报`,
      en: `applications to this batch are taken from ${batch.opensOn} to ${batch.closesOn}; the batch is ${state.en}`,
    });
  }
}
