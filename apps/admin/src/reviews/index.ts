import { lazyPage } from '../common/lazyPage';
import RateReviewIcon from '@mui/icons-material/RateReview';
import type { Review } from '@summitdesk/contracts';

// Reviews are written in the review queue; this is the list for reading and exporting them.
export default {
  list: lazyPage(() => import('./ReviewList').then((module) => module.ReviewList)),
  icon: RateReviewIcon,
  recordRepresentation: (review: Review) => `${review.reviewerName}: ${review.score}`,
};
