import type { ReactNode } from 'react';
import { Box, Container, Typography } from '@mui/material';
import { useTranslate } from '../../public-shell/kit';
import { PublicHeader } from '../../public/PublicHeader';
import { useDocumentLanguage } from '../../layout/useDocumentLanguage';

// The public pages' frame: skip link, the shared public header, a main landmark and the footer.
export const PublicPage = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 10,
          p: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          '&:focus': { top: 8 },
        }}
      >
        {translate('summitdesk.app.skip_to_content')}
      </Box>
      <PublicHeader />
      <Container component="main" id="main" tabIndex={-1} maxWidth="lg" sx={{ flex: 1, py: 4, outline: 'none' }}>
        {children}
      </Container>
      <Box component="footer" sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
        <Typography variant="body2">{translate('summitdesk.public.footer')}</Typography>
      </Box>
    </Box>
  );
};
