import { makeI18nProvider } from './provider';
import { publicEn } from './public.en';

// The public shell's: only the folders the public pages read (public.en.ts).
export const publicI18nProvider = makeI18nProvider(publicEn);
