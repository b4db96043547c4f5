import { Alert, Box, Button as MuiButton, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import {
  StaffableBoothProposalStatuses,
  type BoothProposal,
  type BoothShift,
  type CoverageGap,
  type OpeningHours,
} from '@summitdesk/contracts';
import { describeTimeZone, formatDateRange } from '../common/dates';
import { BoothShiftStatusChip } from './BoothShiftStatusChip';
import { ShiftActionButtons } from './ShiftActionButtons';
import { useCoverage } from './useCoverage';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

// One day as a bar from opening to closing: staffed stretches in colour, gaps striped.
const DayBar = ({ hours, shifts, gaps }: { hours: OpeningHours; shifts: BoothShift[]; gaps: CoverageGap[] }) => {
  const start = minutes(hours.opens);
  const span = minutes(hours.closes) - start;
  const place = (from: string, to: string) => ({
    left: `${(Math.max(0, minutes(from) - start) / span) * 100}%`,
    width: `${((Math.min(minutes(to), minutes(hours.closes)) - Math.max(minutes(from), start)) / span) * 100}%`,
  });
  return (
    <Box aria-hidden sx={{ position: 'relative', height: 28, borderRadius: 1, bgcolor: 'action.hover', overflow: 'hidden' }}>
      {shifts.map((shift) => (
        <Box
          key={shift.id}
          sx={{
            position: 'absolute',
            top: 2,
            bottom: 2,
            ...place(shift.startTime, shift.endTime),
            bgcolor: shift.status === 'confirmed' ? 'success.main' : 'info.light',
            opacity: shift.status === 'confirmed' ? 0.85 : 0.5,
            borderRadius: 0.5,
          }}
        />
      ))}
      {gaps.map((gap) => (
        <Box
          key={gap.from}
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            ...place(gap.from, gap.to),
            backgroundImage: (theme) => `repeating-linear-gradient(45deg, transparent 0 6px, ${theme.palette.warning.main} 6px 9px)`,
            opacity: 0.6,
          }}
        />
      ))}
    </Box>
  );
};

// The booth's rota against its opening hours, with the hours nobody staffs called out.
export const BoothRota = (_props: { label?: false }) => {
  const record = useRecordContext<BoothProposal>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data, error, isPending } = useCoverage(record?.id, Boolean(record?.eventId));
  if (!record) return null;
  if (!record.eventId || error)
    return (
      <Typography variant="body2" sx={{ py: 2 }}>
        {translate('summitdesk.booth_shifts.empty')}
      </Typography>
    );
  if (isPending || !data) return <Typography variant="body2">{translate('summitdesk.common.loading')}</Typography>;
  const hoursLabel = (total: number) => `${Math.floor(total / 60)} h${total % 60 ? ` ${total % 60} min` : ''}`;
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.booth_shifts.zone_note', { zone: describeTimeZone(data.timeZone, locale) })}
        </Typography>
        {data.uncoveredMinutes > 0 ? (
          <Chip
            color="warning"
            size="small"
            label={translate('summitdesk.booth_shifts.uncovered', { hours: hoursLabel(data.uncoveredMinutes) })}
          />
        ) : (
          <Chip color="success" size="small" label={translate('summitdesk.booth_shifts.no_gaps')} />
        )}
        {StaffableBoothProposalStatuses.includes(record.status) ? (
          <MuiButton
            component={Link}
            to={{
              pathname: createPath({ resource: 'booth-shifts', type: 'create' }),
              search: `?source=${encodeURIComponent(JSON.stringify({ boothProposalId: record.id }))}`,
            }}
            startIcon={<AddIcon />}
            size="small"
            variant="outlined"
          >
            {translate('summitdesk.booth_shifts.volunteer')}
          </MuiButton>
        ) : null}
      </Stack>
      {data.openingHours.map((hours) => {
        const shifts = data.shifts.filter((shift) => shift.day === hours.day);
        const gaps = data.gaps.filter((gap) => gap.day === hours.day);
        return (
          <Box key={hours.day} component="section" aria-label={formatDateRange(hours.day, null, locale)}>
            <Typography variant="subtitle2">
              {formatDateRange(hours.day, null, locale)} ·{' '}
              {translate('summitdesk.booth_shifts.opening', { opens: hours.opens, closes: hours.closes })}
            </Typography>
            <DayBar hours={hours} shifts={shifts} gaps={gaps} />
            {gaps.length > 0 ? (
              <Alert severity="warning" sx={{ mt: 1, py: 0 }}>
                {`${translate('summitdesk.booth_shifts.gaps')}: ${gaps.map((gap) => `${gap.from}–${gap.to}`).join(', ')}`}
              </Alert>
            ) : null}
            {shifts.map((shift) => (
              <Stack key={shift.id} direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
                <Typography variant="body2" sx={{ minWidth: 110 }}>{`${shift.startTime}–${shift.endTime}`}</Typography>
                <Typography variant="body2" sx={{ flex: 1 }}>
                  {shift.userName}
                </Typography>
                <BoothShiftStatusChip status={shift.status} />
                <ShiftActionButtons shift={shift} />
              </Stack>
            ))}
          </Box>
        );
      })}
    </Stack>
  );
};
