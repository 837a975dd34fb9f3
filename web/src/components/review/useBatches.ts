import { useState } from 'react';
import { reviewApi, type BatchSummary } from './api.ts';
import { useLoad } from './useLoad.ts';

/**
 * The batches the signed-in account sees, and the one chosen: by default the first (newest) in
 * one of `preferred` states, else the newest.
 */
export function useBatchChoice(preferred: string[]) {
  const batches = useLoad((signal) => reviewApi.batches(signal), []);
  const [chosen, setChosen] = useState<string>();
  const list: BatchSummary[] = batches.data ?? [];
  const fallback = list.find((b) => preferred.includes(b.state)) ?? list[0];
  const batchId = chosen && list.some((b) => b.id === chosen) ? chosen : fallback?.id;
  return { batches, list, batchId, setBatchId: setChosen };
}
