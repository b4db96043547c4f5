import type { ReactNode } from 'react';
import { Box, Card, CardActionArea, CardActions, CardContent, CardMedia, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

type Props = {
  title: string;
  authorName: string;
  thumbnailUrl: string | null;
  badge?: string;
  onOpen: () => void;
  children?: ReactNode;
};

// One entry in a gallery: the thumbnail opens the lightbox (a button with only the picture in it, so its
// name "Show artwork of …" is not contradicted by visible text); title, author and actions (a vote) sit below.
export const EntryCard = ({ title, authorName, thumbnailUrl, badge, onOpen, children }: Props) => {
  const translate = useTranslate();
  return (
    <Card component="article" aria-label={title} variant="outlined" sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <CardActionArea onClick={onOpen} aria-label={translate('summitdesk.contests.open_artwork', { title })}>
        {thumbnailUrl ? (
          <CardMedia
            component="img"
            image={thumbnailUrl}
            alt=""
            loading="lazy"
            sx={{ aspectRatio: '1 / 1', objectFit: 'contain', bgcolor: 'grey.100' }}
          />
        ) : (
          <Box sx={{ aspectRatio: '1 / 1', bgcolor: 'grey.100' }} />
        )}
      </CardActionArea>
      <CardContent>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.contests.by_author', { name: authorName })}
        </Typography>
        {badge ? <Chip size="small" label={badge} sx={{ mt: 1 }} /> : null}
      </CardContent>
      {children ? <CardActions sx={{ mt: 'auto' }}>{children}</CardActions> : null}
    </Card>
  );
};
