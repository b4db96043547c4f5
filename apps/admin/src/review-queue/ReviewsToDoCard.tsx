import { Button, LinearProgress, Typography } from '@mui/material';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { DashboardCard } from '../dashboard/DashboardCard';
import { useReviewQueue } from './useReviewQueue';

// A reviewer's open reviews, first on their home so the work is one click away. Members without a
// queue never see it.
export const ReviewsToDoCard = () => {
  const translate = useTranslate();
  const { submissions, mine, isPending } = useReviewQueue();
  if (isPending || submissions.length === 0) return null;
  const done = submissions.filter((submission) => mine.has(submission.id)).length;
  return (
    <DashboardCard
      title="summitdesk.cfp_program.queue.title"
      icon={<RateReviewIcon />}
      action={
        <Button component={RouterLink} to="/review-queue" variant={done < submissions.length ? 'contained' : 'outlined'} size="small">
          {translate(done < submissions.length ? 'summitdesk.cfp_program.queue.open' : 'summitdesk.cfp_program.queue.title')}
        </Button>
      }
    >
      <Typography variant="body1" sx={{ mb: 1 }}>
        {translate('summitdesk.cfp_program.queue.progress', { done, assigned: submissions.length, left: submissions.length - done })}
      </Typography>
      <LinearProgress variant="determinate" value={(100 * done) / submissions.length} aria-hidden />
    </DashboardCard>
  );
};
