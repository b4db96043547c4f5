import { Box } from '@mui/material';
import { LoadingIndicator, LocalesMenuButton, ToggleThemeButton, useLocales, useThemesContext, useTranslate } from 'react-admin';

// react-admin's default app-bar tools, with the loading spinner named for screen readers
// (its own has no accessible name, which axe-core reports as a serious violation). On a phone the
// page title needs the width: the language button shows only its icons (its name stays readable to
// screen readers), and the theme and reload buttons step aside (the phone's own reload does it).
export const AppBarToolbar = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const { darkTheme } = useThemesContext();
  return (
    <>
      {locales.length > 1 ? (
        <Box
          sx={{
            '& .MuiButton-root': { fontSize: { xs: 0, sm: 'inherit' }, minWidth: 0 },
            '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
          }}
        >
          <LocalesMenuButton />
        </Box>
      ) : null}
      <Box sx={{ display: { xs: 'none', sm: 'contents' } }}>
        {darkTheme ? <ToggleThemeButton /> : null}
        <LoadingIndicator aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />
      </Box>
    </>
  );
};
