import { useEffect, useId, useMemo, useState } from 'react';
import { Box, Button, FormHelperText, Typography } from '@mui/material';
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import { useTranslate } from 'react-admin';
import { ARTWORK_MAX_BYTES, ArtworkMediaTypes } from '@summitdesk/contracts';

type Props = { file: File | undefined; onChange: (file: File | undefined) => void; currentUrl?: string | null };

const MEGABYTES = ARTWORK_MAX_BYTES / 1024 / 1024;

// Picks one image and previews it before anything is sent. The checks here only spare a round
// trip; the server decides by the file's content.
export const ArtworkInput = ({ file, onChange, currentUrl }: Props) => {
  const translate = useTranslate();
  const inputId = useId();
  const helpId = useId();
  const [problem, setProblem] = useState<string | undefined>();

  const preview = useMemo(() => (file ? URL.createObjectURL(file) : undefined), [file]);
  // The object URL holds the file in memory until revoked.
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  const choose = (chosen: File | undefined) => {
    if (chosen && chosen.size > ARTWORK_MAX_BYTES)
      return setProblem(translate('summitdesk.contest_entries.too_large', { megabytes: MEGABYTES }));
    if (chosen && chosen.type && !(ArtworkMediaTypes as readonly string[]).includes(chosen.type))
      return setProblem(translate('summitdesk.contest_entries.wrong_type'));
    setProblem(undefined);
    onChange(chosen);
  };

  const shown = preview ?? currentUrl ?? undefined;
  return (
    <Box sx={{ mb: 2 }}>
      <Box
        sx={{
          width: 240,
          height: 240,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          display: 'grid',
          placeItems: 'center',
          bgcolor: 'grey.100',
          mb: 1,
          overflow: 'hidden',
        }}
      >
        {shown ? (
          <Box component="img" src={shown} alt="" sx={{ maxWidth: '100%', maxHeight: '100%' }} />
        ) : (
          <Typography color="text.secondary">{translate('summitdesk.contest_entries.no_artwork')}</Typography>
        )}
      </Box>
      <input
        id={inputId}
        type="file"
        accept={ArtworkMediaTypes.join(',')}
        hidden
        aria-describedby={helpId}
        onChange={(event) => choose(event.target.files?.[0])}
      />
      <Button component="label" htmlFor={inputId} variant="outlined" startIcon={<AddPhotoAlternateIcon />}>
        {translate(shown ? 'summitdesk.contest_entries.replace_file' : 'summitdesk.contest_entries.choose_file')}
      </Button>
      {file ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {file.name}
        </Typography>
      ) : null}
      <FormHelperText id={helpId} error={Boolean(problem)}>
        {problem ?? translate('summitdesk.contest_entries.artwork_help', { megabytes: MEGABYTES })}
      </FormHelperText>
    </Box>
  );
};
