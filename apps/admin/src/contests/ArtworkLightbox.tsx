import { useId } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export type LightboxEntry = { title: string; authorName: string; description: string; artworkUrl: string | null };

// The full artwork over the page; Escape or the button closes it and focus returns to the card.
export const ArtworkLightbox = ({ entry, onClose }: { entry: LightboxEntry | undefined; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={Boolean(entry)} onClose={onClose} aria-labelledby={titleId} maxWidth="lg">
      {entry ? (
        <>
          <DialogTitle id={titleId}>
            {entry.title}
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {translate('summitdesk.contests.by_author', { name: entry.authorName })}
            </Typography>
          </DialogTitle>
          <DialogContent>
            {entry.artworkUrl ? (
              <Box
                component="img"
                src={entry.artworkUrl}
                alt={entry.title}
                sx={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', mx: 'auto', bgcolor: 'grey.100' }}
              />
            ) : null}
            <Typography variant="body1" sx={{ mt: 2, whiteSpace: 'pre-line' }}>
              {entry.description}
            </Typography>
          </DialogContent>
          <DialogActions>
            <Button size="small" onClick={onClose}>
              {translate('summitdesk.common.close')}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
};
