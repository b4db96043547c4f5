import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import ListIcon from '@mui/icons-material/List';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { describeTimeZone } from '../common/dates';
import { errorMessage } from '../common/errors';
import { AddRoomForm } from './AddRoomForm';
import { AddTimeSlotForm } from './AddTimeSlotForm';
import { AgendaGrid } from './AgendaGrid';
import { PlaceTalkDialog } from './PlaceTalkDialog';
import { SummitPicker } from './SummitPicker';
import { UnplacedTalksPanel } from './UnplacedTalksPanel';
import { useAgendaBuilder } from './useAgendaBuilder';
import { usePlacement, type DraggedTalk } from './usePlacement';

// The chair's agenda builder: rooms × times for one summit, talks dragged in from the side panel.
export const AgendaBuilderPage = () => {
  const { eventId } = useParams();
  const id = Number(eventId);
  if (!eventId || !Number.isInteger(id) || id <= 0) return <SummitPicker />;
  return <AgendaBuilder key={id} eventId={id} />;
};

const AgendaBuilder = ({ eventId }: { eventId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const builder = useAgendaBuilder(eventId);
  const { busy, place, unplace } = usePlacement(builder, eventId);
  const [choosing, setChoosing] = useState<DraggedTalk>();
  const label = (key: string, args?: Record<string, unknown>) => translate(`summitdesk.cfp_program.agenda.builder.${key}`, args);

  if (builder.eventError) return <Alert severity="error">{errorMessage(builder.eventError, translate)}</Alert>;
  if (builder.isPending || !builder.event)
    return <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} sx={{ m: 4 }} />;
  const { event } = builder;
  const zone = describeTimeZone(event.timeZone, locale, event.startDate);
  const empty = builder.rooms.length === 0 || builder.rows.length === 0;

  return (
    <Box sx={{ py: 2 }}>
      <Title title={<span>{label('title', { name: event.name })}</span>} />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 2 }}
      >
        <Box>
          <Typography component="h1" variant="h5">
            {label('title', { name: event.name })}
          </Typography>
          <Typography color="text.secondary">{label('times_in', { zone })}</Typography>
        </Box>
        <Button
          component={RouterLink}
          to={`/agenda-slots?filter=${encodeURIComponent(JSON.stringify({ eventId }))}`}
          startIcon={<ListIcon />}
        >
          {label('as_list')}
        </Button>
      </Stack>
      <Alert severity="info" sx={{ mb: 2 }}>
        {label('help')}
      </Alert>
      <Paper variant="outlined" sx={{ p: 2, mb: 2, display: 'flex', gap: 3, flexWrap: 'wrap' }}>
        <AddRoomForm builder={builder} />
        <AddTimeSlotForm builder={builder} event={event} />
      </Paper>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 300px' } }}>
        <Paper
          variant="outlined"
          component="section"
          aria-label={label('grid_label')}
          sx={{ overflowX: 'auto', alignSelf: 'start' }}
          aria-busy={busy}
        >
          {empty ? (
            <Alert severity="info" sx={{ m: 2 }}>
              {label('empty_grid')}
            </Alert>
          ) : (
            <AgendaGrid
              builder={builder}
              timeZone={event.timeZone}
              busy={busy}
              onPlace={place}
              onRemove={unplace}
              onChooseMove={(submissionId, slotId) => setChoosing({ submissionId, slotId })}
            />
          )}
        </Paper>
        <UnplacedTalksPanel
          builder={builder}
          busy={busy}
          onChoosePlace={(submissionId) => setChoosing({ submissionId })}
          onUnplace={(talk) => {
            const slot = talk.slotId != null ? builder.slotById(talk.slotId) : undefined;
            if (slot) void unplace(slot);
          }}
        />
      </Box>
      {choosing ? (
        <PlaceTalkDialog
          builder={builder}
          talk={choosing}
          timeZone={event.timeZone}
          onPlace={place}
          onClose={() => setChoosing(undefined)}
        />
      ) : null}
    </Box>
  );
};
