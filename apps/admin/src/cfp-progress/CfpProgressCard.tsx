import { Box, Button, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { CfpReviewProgress } from '@summitdesk/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { DashboardCard } from '../dashboard/DashboardCard';
import { describeZonedInstant } from '../common/dates';
import type { SummitdeskDataProvider } from '../dataProvider';

const DAY_MS = 86_400_000;

// Whole days until the deadline, counting a deadline later today as today.
const daysLeft = (instant: string, now = new Date()) => Math.max(0, Math.floor((new Date(instant).getTime() - now.getTime()) / DAY_MS));

// The organizer's and chair's view of each call still in review: who has done how many of their
// reviews, and how long is left. The API counts only what the viewer may see (no conflicted talks);
// a member who chairs nothing gets an empty list and no card.
export const CfpProgressCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { data } = useQuery({
    queryKey: ['review-assignments', 'progress'],
    queryFn: async ({ signal }) =>
      (await dataProvider.getView<CfpReviewProgress[]>('review-assignments', { view: 'progress', signal })).data,
    retry: false,
  });
  if (!data || data.length === 0) return null;
  return (
    <DashboardCard title="summitdesk.cfp_progress.title" icon={<FactCheckIcon />}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
        {data.map((cfp) => (
          <CallProgress
            key={cfp.id}
            cfp={cfp}
            locale={locale}
            translate={translate}
            showPath={createPath({ resource: 'cfps', id: cfp.id, type: 'show' })}
          />
        ))}
      </Box>
    </DashboardCard>
  );
};

type CallProps = { cfp: CfpReviewProgress; locale: string; translate: ReturnType<typeof useTranslate>; showPath: string };

const CallProgress = ({ cfp, locale, translate, showPath }: CallProps) => {
  const deadline = describeZonedInstant(cfp.reviewClosesAt, cfp.timeZone, locale);
  const days = daysLeft(cfp.reviewClosesAt);
  const done = cfp.reviewers.reduce((sum, reviewer) => sum + reviewer.done, 0);
  const total = cfp.reviewers.reduce((sum, reviewer) => sum + reviewer.done + reviewer.missing, 0);
  return (
    <Box component="section" aria-label={`${cfp.eventName}: ${cfp.title}`}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {cfp.eventName}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {cfp.title}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, my: 1 }}>
        <Typography variant="body2">
          {translate('summitdesk.cfp_progress.closes', { date: deadline.announced })}
          {deadline.local ? ` (${translate('summitdesk.cfp_progress.your_time', { date: deadline.local })})` : ''}
        </Typography>
        <Chip
          size="small"
          color={days <= 3 ? 'warning' : 'default'}
          label={
            days === 0
              ? translate('summitdesk.cfp_progress.due_today')
              : translate('summitdesk.cfp_progress.days_left', { smart_count: days })
          }
        />
      </Box>
      {total === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.cfp_progress.none_assigned')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {translate('summitdesk.cfp_progress.summary', { done, total })}
          </Typography>
          <LinearProgress variant="determinate" value={(100 * done) / total} aria-hidden sx={{ mb: 1 }} />
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('summitdesk.cfp_progress.reviewer')}</TableCell>
                <TableCell align="right">{translate('summitdesk.cfp_progress.done')}</TableCell>
                <TableCell align="right">{translate('summitdesk.cfp_progress.missing')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cfp.reviewers.map((reviewer) => (
                <TableRow key={reviewer.reviewerId}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{reviewer.name}</TableCell>
                  <TableCell align="right">{reviewer.done}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: reviewer.missing > 0 ? 600 : 400 }}>
                    {reviewer.missing}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Button component={RouterLink} to={showPath} size="small" sx={{ mt: 1 }}>
        {translate('summitdesk.cfp_progress.open_call')}
      </Button>
    </Box>
  );
};
