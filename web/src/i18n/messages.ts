import enBase from './en.json';
import zhBase from './zh.json';
import enAdmin from './areas/admin.en.json';
import zhAdmin from './areas/admin.zh.json';
import enAfterFinal from './areas/after-final.en.json';
import zhAfterFinal from './areas/after-final.zh.json';
import enApply from './areas/apply.en.json';
import zhApply from './areas/apply.zh.json';
import enCalendar from './areas/calendar.en.json';
import zhCalendar from './areas/calendar.zh.json';
import enRating from './areas/rating.en.json';
import zhRating from './areas/rating.zh.json';
import enRelief from './areas/relief.en.json';
import zhRelief from './areas/relief.zh.json';
import enReview from './areas/review.en.json';
import zhReview from './areas/review.zh.json';
import enWater from './areas/water.en.json';
import zhWater from './areas/water.zh.json';

/**
 * The interface texts. Shared ones live in zh.json / en.json; each area of the procedure has its
 * own pair under areas/: `apply` (enterprise and public pages), `review` (county offices,
 * departments, leading group), `rating` (the city bureau), `relief` (the 90号 relief pilot),
 * `afterFinal` (the bureau's revocations, factor support and objection records, the public's
 * objection look-up), `water` (the 28号 water-source fund), `admin` (the administrator's
 * accounts) and `calendar` (the holiday arrangements and the demo date).
 */
export const zh = {
  ...zhBase,
  admin: zhAdmin,
  afterFinal: zhAfterFinal,
  apply: zhApply,
  calendar: zhCalendar,
  review: zhReview,
  rating: zhRating,
  relief: zhRelief,
  water: zhWater,
};

/** Every key of the Chinese texts must be in the English ones too (checked by the compiler). */
export const en: typeof zh = {
  ...enBase,
  admin: enAdmin,
  afterFinal: enAfterFinal,
  apply: enApply,
  calendar: enCalendar,
  review: enReview,
  rating: enRating,
  relief: enRelief,
  water: enWater,
};
