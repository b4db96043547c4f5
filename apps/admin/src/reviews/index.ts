import RateReviewIcon from '@mui/icons-material/RateReview';
import type { Review } from '@summitdesk/contracts';
import { ReviewList } from './ReviewList';

// Reviews are written in the review queue; this is the list for reading and exporting them.
export default {
  list: ReviewList,
  icon: RateReviewIcon,
  recordRepresentation: (review: Review) => `${review.reviewerName}: ${review.score}`,
};
