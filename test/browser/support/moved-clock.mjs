// Loaded with `node --import` into a real (not demo) server started by a journey: the process's
// clock runs from PINGDING_MOVED_CLOCK (an instant, e.g. 2026-12-21T01:30:00Z) instead of now, and
// goes on ticking. A real service takes its dates from the system and offers no setting to move
// them, so a journey that needs a December date moves the whole process's time instead.
const target = Date.parse(process.env.PINGDING_MOVED_CLOCK ?? '');
if (Number.isNaN(target)) {
  throw new Error('PINGDING_MOVED_CLOCK must be an instant such as 2026-12-21T01:30:00Z');
}
const RealDate = Date;
const offset = target - RealDate.now();

class MovedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}

globalThis.Date = MovedDate;
