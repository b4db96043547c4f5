import { Box } from '@mui/material';

// The API renders the Markdown and sanitises it (no script, handler or javascript: link survives);
// the admin shows that HTML as it is.
export const AnnouncementBody = ({ html }: { html: string }) => (
  <Box
    className="announcement-body"
    sx={{ '& a': { color: 'primary.main' }, '& p:first-of-type': { mt: 0 }, overflowWrap: 'anywhere' }}
    dangerouslySetInnerHTML={{ __html: html }}
  />
);
