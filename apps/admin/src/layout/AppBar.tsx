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
      {/* The page title is the page's one h1. */}
      <TitlePortal component="h1" />
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
