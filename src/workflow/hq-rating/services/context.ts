import { AsyncLocalStorage } from 'node:async_hooks';
import type { IsoDate } from '../../../engine/calendar/plain-date.ts';
import type { Database, Transaction } from '../../../store/database.ts';
import type { Actor } from '../../actor.ts';

/** Where the time comes from; tests and the demo walk a batch through its dates with their own. */
export interface Clock {
  now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** What every service takes besides the database, the actor and the input. */
export interface ServiceOptions {
  clock?: Clock;
}

/** The instant of a step and its date in China, where the procedure's days are counted. */
export interface Moment {
  at: Date;
  today: IsoDate;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The date in China (UTC+8, no daylight saving since 1991) of an instant.
 * @example chinaDate(new Date('2025-09-25T17:00:00Z')) // '2025-09-26'
 */
export function chinaDate(at: Date): IsoDate {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Now, by the options' clock.
 * @example moment({ clock }).today // '2025-09-26'
 */
export function moment(options?: ServiceOptions): Moment {
  const at = (options?.clock ?? SYSTEM_CLOCK).now();
  return { at, today: chinaDate(at) };
}

/** Who acted, as the audit log and the timelines write it. */
export interface Party {
  actorId: string;
  actorRole: string;
  actorName: string;
}

/**
 * The actor as a timeline row names it; the anonymous public is `public`.
 * @example partyOf(null) // { actorId: 'public', actorRole: 'public', actorName: '公众' }
 */
export function partyOf(actor: Actor | null): Party {
  if (!actor) return { actorId: 'public', actorRole: 'public', actorName: '公众' };
  return { actorId: actor.accountId, actorRole: actor.role, actorName: actor.displayName };
}

/**
 * Runs a step in one transaction: the rows, the timeline and the audit record commit together or
 * not at all (READ COMMITTED, as `appendAudit` needs).
 *
 * Every step appends to the audit chain, so steps commit one at a time whatever we do. At most
 * {@link WRITERS} of them run at once in this process: the others wait here, not on the chain's
 * lock holding one of the pool's connections, which the reads of every screen need meanwhile.
 * (Other processes are still kept in order by the lock itself.)
 * @example await inTransaction(db, async (tx) => { … })
 */
export function inTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  // A step run inside another one's slot does not wait for a second slot.
  if (writing.getStore()) return db.transaction(work);
  let gate = gates.get(db);
  if (!gate) gates.set(db, (gate = new Gate(WRITERS)));
  return gate.run(() => writing.run(true, () => db.transaction(work)));
}

/** Enough to prepare the next steps while one holds the chain's lock; few beside a pool of 10. */
export const WRITERS = 3;

const writing = new AsyncLocalStorage<boolean>();
const gates = new WeakMap<Database, Gate>();

/** A counting semaphore, first come first served. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, if any.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
