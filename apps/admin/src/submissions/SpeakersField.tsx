import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Submission } from '@summitdesk/contracts';

// Speakers with their answer to the invitation; anonymous reviewers get a note instead of names.
export const SpeakersField = (_props: { label?: string }) => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.speakers)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('summitdesk.cfp_program.anonymous')}
      </Typography>
    );
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.speakers.map((speaker, index) => (
        <Chip
          key={speaker.email ?? index}
          variant={speaker.status === 'accepted' ? 'filled' : 'outlined'}
          label={`${speaker.name ?? speaker.email ?? '?'}${speaker.affiliation ? ` (${speaker.affiliation})` : ''}${
            speaker.status === 'accepted' ? '' : ` — ${translate(`summitdesk.cfp_program.speaker_status.${speaker.status}`)}`
          }`}
        />
      ))}
    </Stack>
  );
};
