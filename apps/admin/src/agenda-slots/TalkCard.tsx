import { Box, Button, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import { useTranslate } from 'react-admin';
import type { Submission } from '@summitdesk/contracts';
import { DRAG_TYPE, type DraggedTalk } from './usePlacement';

type Props = {
  submissionId: number;
  talk?: Submission;
  slotId?: number;
  disabled?: boolean;
  // The keyboard way to do what a drag does: "Place…" in the panel, "Move…" in a cell.
  onChoosePlace?: () => void;
  onRemove?: () => void;
};

const speakerNames = (talk?: Submission) =>
  talk?.speakers
    ?.filter((speaker) => speaker.status === 'accepted' && speaker.name)
    .map((speaker) => speaker.name)
    .join(', ');

// A talk as a card that can be dragged onto the grid, with buttons for those not using a mouse.
export const TalkCard = ({ submissionId, talk, slotId, disabled, onChoosePlace, onRemove }: Props) => {
  const translate = useTranslate();
  const title = talk?.title ?? translate('summitdesk.cfp_program.agenda.builder.talk_number', { id: submissionId });
  const draggable = Boolean(onChoosePlace) && !disabled;
  const details = [speakerNames(talk), talk?.format, talk?.track].filter(Boolean).join(' · ');
  return (
    <Paper
      variant="outlined"
      draggable={draggable}
      onDragStart={(event) => {
        const payload: DraggedTalk = { submissionId, slotId };
        event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload));
        event.dataTransfer.effectAllowed = 'move';
      }}
      sx={{
        p: 1,
        display: 'flex',
        gap: 0.5,
        alignItems: 'flex-start',
        cursor: draggable ? 'grab' : 'default',
        bgcolor: 'background.paper',
        opacity: disabled ? 0.6 : 1,
      }}
    >
      {draggable ? <DragIndicatorIcon fontSize="small" color="action" aria-hidden sx={{ mt: 0.25 }} /> : null}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        {details ? (
          <Typography variant="caption" color="text.secondary" component="p">
            {details}
          </Typography>
        ) : null}
        {onChoosePlace ? (
          <Button size="small" onClick={onChoosePlace} disabled={disabled} sx={{ mt: 0.5, px: 0.5, minWidth: 0 }}>
            {translate(slotId != null ? 'summitdesk.cfp_program.agenda.builder.move' : 'summitdesk.cfp_program.agenda.builder.place')}
          </Button>
        ) : null}
      </Box>
      {onRemove ? (
        <Tooltip title={translate('summitdesk.cfp_program.agenda.builder.remove', { title })}>
          <span>
            <IconButton
              size="small"
              onClick={onRemove}
              disabled={disabled}
              aria-label={translate('summitdesk.cfp_program.agenda.builder.remove', { title })}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      ) : null}
    </Paper>
  );
};
