import { Command } from 'commander';
import { registerAllocate } from './commands/allocate.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBackup } from './commands/backup.ts';
import { registerCalendar } from './commands/calendar.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExplain } from './commands/explain.ts';
import { registerKeys } from './commands/keys.ts';
import { registerRate } from './commands/rate.ts';
import { registerRelieve } from './commands/relieve.ts';
import { runAction } from './run-action.ts';

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('pingding')
  .description('评定 pingding — 温州市政府办法的规则即代码：总部企业星级评定等')
  .showHelpAfterError()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerRate(program, runAction);
registerAllocate(program, runAction);
registerRelieve(program, runAction);
registerExplain(program, runAction);
registerDemo(program, runAction);
registerAudit(program, runAction);
registerBackup(program, runAction);
registerCalendar(program, runAction);
registerKeys(program, runAction);

await program.parseAsync(process.argv);
