import RateReviewIcon from '@mui/icons-material/RateReview';
import { Menu, useGetIdentity, useGetList } from 'react-admin';

// Only members with a committee seat have a review queue.
export const ReviewQueueMenuItem = () => {
  const { identity } = useGetIdentity();
  const { total } = useGetList(
    'committee-seats',
    { filter: { userId: identity?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: identity?.id != null },
  );
  if (!total) return null;
  return <Menu.Item to="/review-queue" primaryText="summitdesk.cfp_program.queue.title" leftIcon={<RateReviewIcon />} />;
};
