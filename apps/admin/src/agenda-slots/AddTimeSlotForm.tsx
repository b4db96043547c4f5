import { useState, type FormEvent } from 'react';
import { Box, Button, MenuItem, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Event } from '@summitdesk/contracts';
import type { AgendaBuilder } from './useAgendaBuilder';
import { dayHeading, eventDays, wallTimeToInstant } from './zonedTime';

// A new row: a day of the summit and a start and end on the venue's clock.
export const AddTimeSlotForm = ({ builder, event }: { builder: AgendaBuilder; event: Event }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const days = eventDays(event.startDate, event.endDate);
  const [day, setDay] = useState(days[0] ?? '');
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('09:45');
  const complete = day !== '' && start !== '' && end !== '';
  const row = complete
    ? { startsAt: wallTimeToInstant(day, start, event.timeZone), endsAt: wallTimeToInstant(day, end, event.timeZone) }
    : undefined;
  const problem = !row ? undefined : row.endsAt <= row.startsAt ? 'end_after_start' : builder.rowExists(row) ? 'time_exists' : undefined;
  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (!row || problem) return;
    builder.addRow(row);
  };
  const label = (key: string) => translate(`summitdesk.cfp_program.agenda.builder.${key}`);
  return (
    <Box
      component="form"
      onSubmit={submit}
      sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
      aria-label={label('add_time_slot')}
    >
      <TextField
        select
        size="small"
        label={label('day')}
        value={day}
        onChange={(changed) => setDay(changed.target.value)}
        sx={{ width: 220 }}
        helperText=" "
      >
        {days.map((option) => (
          <MenuItem key={option} value={option}>
            {dayHeading(option, locale)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="time"
        label={label('starts')}
        value={start}
        onChange={(changed) => setStart(changed.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        helperText=" "
        sx={{ width: 140 }}
      />
      <TextField
        size="small"
        type="time"
        label={label('ends')}
        value={end}
        onChange={(changed) => setEnd(changed.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        error={Boolean(problem)}
        sx={{ width: 140 }}
        helperText={problem ? label(problem) : ' '}
      />
      <Button
        type="submit"
        variant="outlined"
        startIcon={<AddIcon />}
        disabled={!row || Boolean(problem)}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 1 }}
      >
        {label('add_time_slot')}
      </Button>
    </Box>
  );
};
