import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { CssBaseline } from '@mui/material';
import { StoreContextProvider, localStorageStore } from 'react-admin';
import { publicI18nProvider } from '../i18n/publicI18nProvider';
import { PublicI18nProvider, PublicThemeProvider } from './providers';
import { PublicRouter, type PublicRoute } from './router';

// The same pages the admin used to render inside <Admin>, each a chunk of its own.
const PublicEventPage = lazy(() => import('../public/PublicEventPage').then((module) => ({ default: module.PublicEventPage })));
const PublicEventsPage = lazy(() => import('../public/PublicEventsPage').then((module) => ({ default: module.PublicEventsPage })));
const PublicProgramPage = lazy(() => import('../agenda-slots/PublicProgramPage').then((module) => ({ default: module.PublicProgramPage })));
const PublicContestPage = lazy(() =>
  import('../contests/public/PublicContestPage').then((module) => ({ default: module.PublicContestPage })),
);
const PublicContestsPage = lazy(() =>
  import('../contests/public/PublicContestsPage').then((module) => ({ default: module.PublicContestsPage })),
);
const PublicLibraryPage = lazy(() =>
  import('../presentations/public/PublicLibraryPage').then((module) => ({ default: module.PublicLibraryPage })),
);
const PublicPresentationPage = lazy(() =>
  import('../presentations/public/PublicPresentationPage').then((module) => ({ default: module.PublicPresentationPage })),
);
const PublicNewsPage = lazy(() => import('../announcements/PublicNewsPage').then((module) => ({ default: module.PublicNewsPage })));
const PublicDigestPage = lazy(() => import('../digests/PublicDigestPage').then((module) => ({ default: module.PublicDigestPage })));
const PublicDigestsPage = lazy(() => import('../digests/PublicDigestsPage').then((module) => ({ default: module.PublicDigestsPage })));
const SubscribeConfirmPage = lazy(() =>
  import('../subscriptions/LinkTokenPage').then((module) => ({ default: module.SubscribeConfirmPage })),
);
const UnsubscribePage = lazy(() => import('../subscriptions/LinkTokenPage').then((module) => ({ default: module.UnsubscribePage })));

const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;

const routes: PublicRoute[] = [
  { path: '/public/events', element: page(<PublicEventsPage />) },
  { path: '/public/events/:slug', element: page(<PublicEventPage />) },
  { path: '/public/events/:slug/program', element: page(<PublicProgramPage />) },
  { path: '/public/contests', element: page(<PublicContestsPage />) },
  { path: '/public/contests/:id', element: page(<PublicContestPage />) },
  { path: '/public/presentations', element: page(<PublicLibraryPage />) },
  { path: '/public/presentations/:id', element: page(<PublicPresentationPage />) },
  { path: '/public/news', element: page(<PublicNewsPage />) },
  { path: '/public/digests', element: page(<PublicDigestsPage />) },
  { path: '/public/digests/:week', element: page(<PublicDigestPage />) },
  { path: '/subscribe/confirm', element: page(<SubscribeConfirmPage />) },
  { path: '/unsubscribe', element: page(<UnsubscribePage />) },
];

// The admin's store: language and light/dark chosen here carry over to the admin and back.
const store = localStorageStore('1', 'summitdesk');

export const ready = publicI18nProvider.ready;

// react-admin's contexts that the public pages read (store, translate, locale), without <Admin> and
// the resources, layout and forms that come with it; theme and language through the shell's own light
// providers (providers.tsx), reads through public-shell/query.ts instead of react-query.
export const PublicApp = () => (
  <StrictMode>
    <StoreContextProvider value={store}>
      <PublicI18nProvider value={publicI18nProvider}>
        <PublicThemeProvider>
          <CssBaseline enableColorScheme />
          <PublicRouter routes={routes} />
        </PublicThemeProvider>
      </PublicI18nProvider>
    </StoreContextProvider>
  </StrictMode>
);
