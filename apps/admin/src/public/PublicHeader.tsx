import { Box, Button, Link, Typography } from '@mui/material';
import { LanguageButton, ThemeButton } from '../public-shell/HeaderButtons';
import { Link as RouterLink, useTranslate } from '../public-shell/kit';
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
        gap: { xs: 0.5, sm: 1 },
        flexWrap: 'wrap',
        px: { xs: 1.5, md: 4 },
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
        aria-label={translate('summitdesk.app.name')}
        sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
      >
        <Logo size={28} />
        {/* On a phone the logo alone names the site, so that the header fits 390 px. */}
        <Typography component="span" variant="h6" sx={{ fontWeight: 700, display: { xs: 'none', sm: 'inline' } }}>
          {translate('summitdesk.app.name')}
        </Typography>
      </Link>
      <Box sx={{ flex: 1 }} />
      <LanguageButton />
      <ThemeButton />
      <Button
        component={RouterLink}
        to={signedIn ? '/' : '/login'}
        color="inherit"
        variant="outlined"
        size="small"
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate(signedIn ? 'summitdesk.public.open_admin' : 'summitdesk.public.sign_in')}
      </Button>
    </Box>
  );
};
