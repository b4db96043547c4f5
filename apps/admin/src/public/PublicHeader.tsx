import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Link, Typography } from '@mui/material';
import { LocalesMenuButton, ToggleThemeButton, useTranslate } from 'react-admin';
import { Logo } from '../layout/Logo';
import { getToken } from '../session';

// The public pages' own slim header: brand, language, theme, and the way into the admin.
export const PublicHeader = () => {
  const translate = useTranslate();
  const signedIn = Boolean(getToken());
  return (
    <Box
      component="header"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: { xs: 2, md: 4 },
        py: 1.5,
        bgcolor: 'secondary.main',
        color: 'secondary.contrastText',
      }}
    >
      <Link
        component={RouterLink}
        to="/public/events"
        color="inherit"
        underline="none"
        sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
      >
        <Logo size={28} />
        <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
          {translate('summitdesk.app.name')}
        </Typography>
      </Link>
      <Box sx={{ flex: 1 }} />
      <LocalesMenuButton />
      <ToggleThemeButton />
      <Button component={RouterLink} to={signedIn ? '/' : '/login'} color="inherit" variant="outlined" size="small">
        {translate(signedIn ? 'summitdesk.public.open_admin' : 'summitdesk.public.sign_in')}
      </Button>
    </Box>
  );
};
