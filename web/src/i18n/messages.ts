import enBase from './en.json';
import zhBase from './zh.json';
import enApply from './areas/apply.en.json';
import zhApply from './areas/apply.zh.json';
import enRating from './areas/rating.en.json';
import zhRating from './areas/rating.zh.json';
import enReview from './areas/review.en.json';
import zhReview from './areas/review.zh.json';

/**
 * The interface texts. Shared ones live in zh.json / en.json; each area of the procedure has its
 * own pair under areas/: `apply` (enterprise and public pages), `review` (county offices,
 * departments, leading group) and `rating` (the city bureau).
 */
export const zh = { ...zhBase, apply: zhApply, review: zhReview, rating: zhRating };

/** Every key of the Chinese texts must be in the English ones too (checked by the compiler). */
export const en: typeof zh = { ...enBase, apply: enApply, review: enReview, rating: enRating };
