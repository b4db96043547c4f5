import { Alert, Box, List, ListItem, ListItemText } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Review } from '@summitdesk/contracts';

// Others' reviews appear only once the API lets this reviewer see them (after their own, by default).
export const OtherReviews = ({
  submissionId,
  reviewerId,
  reviewed,
}: {
  submissionId: number;
  reviewerId?: number | string;
  reviewed: boolean;
}) => {
  const translate = useTranslate();
  const { data } = useGetList<Review>('reviews', { filter: { submissionId }, pagination: { page: 1, perPage: 50 } });
  const others = (data ?? []).filter((review) => review.reviewerId !== reviewerId);
  if (!reviewed && others.length === 0) return <Alert severity="info">{translate('summitdesk.cfp_program.queue.others_hidden')}</Alert>;
  return (
    <Box>
      <strong>{translate('summitdesk.cfp_program.queue.others')}</strong>
      <List dense>
        {others.map((review) => (
          <ListItem key={review.id}>
            <ListItemText
              primary={`${review.reviewerName}: ${review.score > 0 ? '+' : ''}${review.score} (${review.confidence})`}
              secondary={review.commentToCommittee || review.commentToSpeakers}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
