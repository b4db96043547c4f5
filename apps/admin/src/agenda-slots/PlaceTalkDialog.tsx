import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { rowKey, type AgendaBuilder, type TimeRow } from './useAgendaBuilder';
import type { DraggedTalk } from './usePlacement';
import { dayHeading, timeRangeInZone } from './zonedTime';

type Props = {
  builder: AgendaBuilder;
  talk: DraggedTalk;
  timeZone: string;
  onPlace: (talk: DraggedTalk, room: string, row: TimeRow) => Promise<void>;
  onClose: () => void;
};

// The keyboard way to place or move a talk: pick a room and a time slot.
export const PlaceTalkDialog = ({ builder, talk, timeZone, onPlace, onClose }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const source = talk.slotId != null ? builder.slotById(talk.slotId) : undefined;
  const [room, setRoom] = useState(source?.room ?? '');
  const [time, setTime] = useState(source ? rowKey(source) : '');
  const title =
    builder.talkById(talk.submissionId)?.title ?? translate('summitdesk.cfp_program.agenda.builder.talk_number', { id: talk.submissionId });
  const row = builder.rows.find((candidate) => rowKey(candidate) === time);
  const ready = room !== '' && row !== undefined;
  const submit = async () => {
    if (!row) return;
    onClose();
    await onPlace(talk, room, row);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="place-talk-title" fullWidth maxWidth="xs">
      <DialogTitle id="place-talk-title">{translate('summitdesk.cfp_program.agenda.builder.place_title', { title })}</DialogTitle>
      <DialogContent>
        {builder.rooms.length === 0 || builder.rows.length === 0 ? (
          <Alert severity="info">{translate('summitdesk.cfp_program.agenda.builder.empty_grid')}</Alert>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              select
              label={translate('summitdesk.cfp_program.agenda.builder.room')}
              value={room}
              onChange={(event) => setRoom(event.target.value)}
              autoFocus
            >
              {builder.rooms.map((name) => (
                <MenuItem key={name} value={name}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={translate('summitdesk.cfp_program.agenda.builder.time_slot')}
              value={time}
              onChange={(event) => setTime(event.target.value)}
              helperText={translate('summitdesk.cfp_program.agenda.builder.times_in', { zone: timeZone })}
            >
              {builder.days.flatMap(({ day, rows }) =>
                rows.map((candidate) => (
                  <MenuItem key={rowKey(candidate)} value={rowKey(candidate)}>
                    {`${dayHeading(day, locale)}, ${timeRangeInZone(candidate.startsAt, candidate.endsAt, timeZone, locale)}`}
                  </MenuItem>
                )),
              )}
            </TextField>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!ready} onClick={() => void submit()}>
          {translate('summitdesk.cfp_program.agenda.builder.place_submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
