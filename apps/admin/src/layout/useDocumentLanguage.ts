import { useEffect } from 'react';
import { useLocaleState } from '../i18n/useLocaleState';

// Screen readers pick their voice from <html lang>; keep it in step with the chosen language.
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
