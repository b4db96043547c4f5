import { LoadingIndicator, LocalesMenuButton, ToggleThemeButton, useLocales, useThemesContext, useTranslate } from 'react-admin';

// react-admin's default app-bar tools, with the loading spinner named for screen readers
// (its own has no accessible name, which axe-core reports as a serious violation).
export const AppBarToolbar = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const { darkTheme } = useThemesContext();
  return (
    <>
      {locales.length > 1 ? <LocalesMenuButton /> : null}
      {darkTheme ? <ToggleThemeButton /> : null}
      <LoadingIndicator aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />
    </>
  );
};
