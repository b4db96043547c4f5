import { Box, TableCell, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AgendaSlot } from '@summitdesk/contracts';
import { TalkCard } from './TalkCard';
import type { AgendaBuilder, TimeRow } from './useAgendaBuilder';
import { useDropTarget } from './useDropTarget';
import type { DraggedTalk } from './usePlacement';

type Props = {
  builder: AgendaBuilder;
  room: string;
  row: TimeRow;
  label: string;
  busy: boolean;
  onPlace: (talk: DraggedTalk, room: string, row: TimeRow) => void;
  onRemove: (slot: AgendaSlot) => void;
  onChooseMove: (submissionId: number, slotId: number) => void;
};

// One room at one time: the talk placed there, a fixed item (a break), or room for a talk.
export const AgendaCell = ({ builder, room, row, label, busy, onPlace, onRemove, onChooseMove }: Props) => {
  const translate = useTranslate();
  const slot = builder.slotAt(room, row);
  const { over, handlers } = useDropTarget((talk) => onPlace(talk, room, row), !busy);
  return (
    <TableCell
      {...handlers}
      aria-label={label}
      sx={{
        verticalAlign: 'top',
        minWidth: 180,
        p: 0.75,
        borderLeft: 1,
        borderColor: 'divider',
        outline: over ? 2 : 0,
        outlineColor: 'primary.main',
        outlineStyle: over ? 'dashed' : 'none',
        outlineOffset: -3,
        bgcolor: over ? 'action.selected' : undefined,
      }}
    >
      {slot?.submissionId != null ? (
        <TalkCard
          submissionId={slot.submissionId}
          talk={builder.talkById(slot.submissionId)}
          slotId={slot.id}
          disabled={busy}
          onChoosePlace={() => onChooseMove(slot.submissionId!, slot.id)}
          onRemove={() => onRemove(slot)}
        />
      ) : slot?.title ? (
        <Box sx={{ p: 1, borderRadius: 1, bgcolor: 'action.hover' }}>
          <Typography variant="body2">{slot.title}</Typography>
        </Box>
      ) : (
        <Box
          sx={{
            minHeight: 48,
            display: 'grid',
            placeItems: 'center',
            border: 1,
            borderStyle: 'dashed',
            borderColor: 'divider',
            borderRadius: 1,
          }}
        >
          <Typography variant="caption" color="text.secondary">
            {translate('summitdesk.cfp_program.agenda.builder.empty_cell')}
          </Typography>
        </Box>
      )}
    </TableCell>
  );
};
