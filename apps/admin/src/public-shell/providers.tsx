import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTheme, ThemeProvider, useMediaQuery } from '@mui/material';
import { I18nContext, type I18nProvider } from 'react-admin';
import { useStoredValue } from '../common/useStoredValue';
import { useLocaleState } from '../i18n/useLocaleState';
import { darkTheme, lightTheme } from '../theme';

// react-admin's I18nContextProvider and ThemeProvider for the public shell: the same store keys
// ('locale', 'theme') and the same behaviour, on the store hook without lodash (useStoredValue) and
// without the notification machinery react-admin's provider reports a failed language switch with.

export const PublicI18nProvider = ({ value, children }: { value: I18nProvider; children: ReactNode }) => (
  <I18nContext.Provider value={value}>
    <LocaleSwitch value={value}>{children}</LocaleSwitch>
  </I18nContext.Provider>
);

// Loads the stored language's messages (German is a chunk of its own), then renders the pages anew;
// a reader whose stored language is not the first one loaded waits for it rather than seeing a flash.
const LocaleSwitch = ({ value, children }: { value: I18nProvider; children: ReactNode }) => {
  const [locale] = useLocaleState();
  const [initialized] = useState(() => !locale || locale === value.getLocale());
  // The language whose messages are loaded; the pages render anew (key) when it changes.
  const [shown, setShown] = useState(() => value.getLocale());
  useEffect(() => {
    if (!locale || value.getLocale() === locale) return;
    let current = true;
    void Promise.resolve(value.changeLocale(locale))
      .catch((error: unknown) => console.error(error))
      .then(() => {
        if (current) setShown(locale);
      });
    return () => {
      current = false;
    };
  }, [value, locale]);
  return initialized || shown === locale ? (
    <I18nContext.Provider key={shown} value={value}>
      {children}
    </I18nContext.Provider>
  ) : null;
};

export function usePublicTheme(): ['light' | 'dark', (theme: 'light' | 'dark') => void] {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  return useStoredValue<'light' | 'dark'>('theme', prefersDark ? 'dark' : 'light');
}

export const PublicThemeProvider = ({ children }: { children: ReactNode }) => {
  const [mode] = usePublicTheme();
  const theme = useMemo(() => createTheme(mode === 'dark' ? darkTheme : lightTheme), [mode]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
};
