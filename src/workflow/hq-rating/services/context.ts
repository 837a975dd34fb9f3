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
 * @example await inTransaction(db, async (tx) => { … })
 */
export function inTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
