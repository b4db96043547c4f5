// What the public pages use of react-admin and react-router, without the parts that pull in <Admin>:
// react-admin's translate, locale and record hooks are small and read the contexts PublicApp
// provides; its useDataProvider (with logout on 401, notifications and navigation) and react-router are
// replaced by the plain data provider and the shell's own router.
import type { DataProvider } from 'react-admin';
import { publicReads } from '../publicDataProvider';

export { RecordContextProvider, useTranslate } from 'react-admin';
export { useLocaleState } from '../i18n/useLocaleState';
export { Link, useParams, useSearchParams } from './router';

// Public reads and commands go out without a token; there is no session to end on a 401. Only the
// public methods (getPublicList, getPublicView, command) are there: react-admin's CRUD methods would
// bring ra-data-simple-rest along, and no public page calls them.
export const useDataProvider = <T extends DataProvider = DataProvider>() => publicReads as unknown as T;
