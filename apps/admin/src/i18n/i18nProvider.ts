import { en } from './en';
import { makeI18nProvider } from './provider';

// The admin's: every resource's messages.
export const i18nProvider = makeI18nProvider(en);
