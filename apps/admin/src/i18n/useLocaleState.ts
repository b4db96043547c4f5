import { useMemo } from 'react';
import { useI18nProvider } from 'react-admin';
import { useStoredValue } from '../common/useStoredValue';

// The reader's language and its setter, as react-admin's useLocaleState (same store key), for
// components the public pages share with the admin.
export function useLocaleState(): [string, (locale: string) => void] {
  const i18nProvider = useI18nProvider();
  const defaultLocale = useMemo(() => i18nProvider.getLocale(), [i18nProvider]);
  return useStoredValue('locale', defaultLocale);
}
