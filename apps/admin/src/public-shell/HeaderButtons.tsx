import { Button, IconButton } from '@mui/material';
import DarkModeIcon from '@mui/icons-material/Brightness4';
import LightModeIcon from '@mui/icons-material/Brightness7';
import { useTranslate } from 'react-admin';
import { useLocaleState } from '../i18n/useLocaleState';
import { usePublicTheme } from './providers';

const languages = [
  { locale: 'en', name: 'English' },
  { locale: 'de', name: 'Deutsch' },
];

// The public header's language and light/dark switches. react-admin's LocalesMenuButton and
// ToggleThemeButton bring a menu and tooltips; with two languages one button that offers the other
// does the same. Both write react-admin's store, so the admin opens in the same language and theme.
export const LanguageButton = () => {
  const [locale, setLocale] = useLocaleState();
  const other = languages.find((language) => language.locale !== locale) ?? languages[0];
  return (
    <Button color="inherit" size="small" lang={other.locale} onClick={() => setLocale(other.locale)}>
      {other.name}
    </Button>
  );
};

export const ThemeButton = () => {
  const translate = useTranslate();
  const [theme, setTheme] = usePublicTheme();
  return (
    <IconButton
      color="inherit"
      aria-label={translate('ra.action.toggle_theme')}
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      {theme === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
    </IconButton>
  );
};
