import { AppBar as RaAppBar, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { AppBarToolbar } from './AppBarToolbar';
import { Logo } from './Logo';
import { GlobalSearch } from '../search/GlobalSearch';
import { NotificationBell } from '../notifications/NotificationBell';

export const AppBar = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    // The user button shows the person's name, so its accessible name is that name too.
    <RaAppBar toolbar={<AppBarToolbar />} userMenu={<UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />}>
      {/* The page title is the page's one h1. On a phone it wraps onto a second line, smaller,
          rather than losing its end ("Booth proposals: SCALE 2027 comm…"). */}
      <TitlePortal
        component="h1"
        sx={{
          whiteSpace: { xs: 'normal', sm: 'nowrap' },
          fontSize: { xs: '1rem', sm: '1.25rem' },
          lineHeight: { xs: 1.2, sm: 1.6 },
          overflowWrap: { xs: 'anywhere', sm: 'normal' },
          display: { xs: '-webkit-box', sm: 'block' },
          WebkitLineClamp: { xs: 3, sm: 'unset' },
          WebkitBoxOrient: 'vertical',
          minWidth: 0,
        }}
      />
      <GlobalSearch />
      <NotificationBell />
      <Box sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 1, mr: 1 }} aria-hidden="true">
        <Logo size={22} />
        <Typography component="span" sx={{ fontWeight: 600, letterSpacing: 0.3 }}>
          {translate('summitdesk.app.name')}
        </Typography>
      </Box>
    </RaAppBar>
  );
};
