import { Alert, Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TalkCard } from './TalkCard';
import type { AgendaBuilder } from './useAgendaBuilder';
import { useDropTarget } from './useDropTarget';
import type { DraggedTalk } from './usePlacement';

type Props = {
  builder: AgendaBuilder;
  busy: boolean;
  onChoosePlace: (submissionId: number) => void;
  onUnplace: (talk: DraggedTalk) => void;
};

// Confirmed talks without a slot, ready to drag; dropping a placed talk here takes it off the agenda.
export const UnplacedTalksPanel = ({ builder, busy, onChoosePlace, onUnplace }: Props) => {
  const translate = useTranslate();
  const { over, handlers } = useDropTarget((talk) => talk.slotId != null && onUnplace(talk), !busy);
  return (
    <Paper
      component="section"
      aria-labelledby="unplaced-heading"
      variant="outlined"
      {...handlers}
      sx={{
        p: 2,
        alignSelf: 'start',
        position: { md: 'sticky' },
        top: { md: 80 },
        maxHeight: { md: 'calc(100vh - 100px)' },
        overflowY: 'auto',
        outline: over ? 2 : 0,
        outlineStyle: over ? 'dashed' : 'none',
        outlineColor: 'primary.main',
      }}
    >
      <Typography id="unplaced-heading" component="h2" variant="h6">
        {translate('summitdesk.cfp_program.agenda.builder.unplaced')} ({builder.unplaced.length})
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('summitdesk.cfp_program.agenda.builder.drop_to_unplace')}
      </Typography>
      {builder.hasCall ? null : <Alert severity="info">{translate('summitdesk.cfp_program.agenda.builder.no_call')}</Alert>}
      {builder.hasCall && builder.unplaced.length === 0 ? (
        <Alert severity="success">{translate('summitdesk.cfp_program.agenda.builder.unplaced_empty')}</Alert>
      ) : null}
      <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {builder.unplaced.map((talk) => (
          <Box component="li" key={talk.id}>
            <TalkCard submissionId={talk.id} talk={talk} disabled={busy} onChoosePlace={() => onChoosePlace(talk.id)} />
          </Box>
        ))}
      </Stack>
      {builder.awaiting.length > 0 ? (
        <>
          <Typography component="h3" variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
            {translate('summitdesk.cfp_program.agenda.builder.awaiting')} ({builder.awaiting.length})
          </Typography>
          <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {builder.awaiting.map((talk) => (
              <Box component="li" key={talk.id}>
                <TalkCard submissionId={talk.id} talk={talk} disabled />
              </Box>
            ))}
          </Stack>
        </>
      ) : null}
    </Paper>
  );
};
