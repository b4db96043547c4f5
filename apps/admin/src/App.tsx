import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import auditLog from './audit-log';
import { LoginPage } from './auth/LoginPage';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import events from './events';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './theme';
import users from './users';
import contests from './contests';
import contestEntries from './contest-entries';
import boothProposals from './booth-proposals';
import boothShifts from './booth-shifts';
import inventoryItems from './inventory-items';
import budgets from './budgets';
import ledgerEntries from './budgets/ledgerEntries';
import shipments from './shipments';
import banners from './banners';
import bannerOrders from './banners/orders';
import stockMovements from './stock-movements';
import committees from './committees';
import committeeSeats from './committees/seats';
import conflicts from './committees/conflicts';
import cfps from './cfps';
import submissions from './submissions';
import reviews from './reviews';
import agendaSlots from './agenda-slots';
import sponsors from './sponsors';
import sponsorshipPackages from './sponsorship-packages';
import sponsorships from './sponsorships';
import presentations from './presentations';
import announcements from './announcements';
import digests from './digests';

// Every page but sign-in is a chunk of its own, fetched when it is first shown (bench/README.md).
const InvitationPage = lazy(() => import('./account/InvitationPage').then((module) => ({ default: module.InvitationPage })));
const VerifyEmailPage = lazy(() => import('./account/VerifyEmailPage').then((module) => ({ default: module.VerifyEmailPage })));
const RegisterPage = lazy(() => import('./auth/RegisterPage').then((module) => ({ default: module.RegisterPage })));
const MeetingPage = lazy(() => import('./discussion/MeetingPage').then((module) => ({ default: module.MeetingPage })));
const FairnessPage = lazy(() => import('./discussion/FairnessPage').then((module) => ({ default: module.FairnessPage })));
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((module) => ({ default: module.Dashboard })));
const PublicEventPage = lazy(() => import('./public/PublicEventPage').then((module) => ({ default: module.PublicEventPage })));
const PublicEventsPage = lazy(() => import('./public/PublicEventsPage').then((module) => ({ default: module.PublicEventsPage })));
const ReviewQueuePage = lazy(() => import('./review-queue/ReviewQueuePage').then((module) => ({ default: module.ReviewQueuePage })));
const PublicProgramPage = lazy(() => import('./agenda-slots/PublicProgramPage').then((module) => ({ default: module.PublicProgramPage })));
const AgendaBuilderPage = lazy(() => import('./agenda-slots/AgendaBuilderPage').then((module) => ({ default: module.AgendaBuilderPage })));
const PublicContestPage = lazy(() =>
  import('./contests/public/PublicContestPage').then((module) => ({ default: module.PublicContestPage })),
);
const PublicContestsPage = lazy(() =>
  import('./contests/public/PublicContestsPage').then((module) => ({ default: module.PublicContestsPage })),
);
const PublicLibraryPage = lazy(() =>
  import('./presentations/public/PublicLibraryPage').then((module) => ({ default: module.PublicLibraryPage })),
);
const PublicPresentationPage = lazy(() =>
  import('./presentations/public/PublicPresentationPage').then((module) => ({ default: module.PublicPresentationPage })),
);
const StatisticsPage = lazy(() => import('./statistics/StatisticsPage').then((module) => ({ default: module.StatisticsPage })));
const AnnouncementSuggestionsPage = lazy(() =>
  import('./announcements/AnnouncementSuggestionsPage').then((module) => ({ default: module.AnnouncementSuggestionsPage })),
);
const PublicNewsPage = lazy(() => import('./announcements/PublicNewsPage').then((module) => ({ default: module.PublicNewsPage })));
const PublicDigestPage = lazy(() => import('./digests/PublicDigestPage').then((module) => ({ default: module.PublicDigestPage })));
const PublicDigestsPage = lazy(() => import('./digests/PublicDigestsPage').then((module) => ({ default: module.PublicDigestsPage })));
const SubscribeConfirmPage = lazy(() =>
  import('./subscriptions/LinkTokenPage').then((module) => ({ default: module.SubscribeConfirmPage })),
);
const UnsubscribePage = lazy(() => import('./subscriptions/LinkTokenPage').then((module) => ({ default: module.UnsubscribePage })));
const MySubscriptionPage = lazy(() =>
  import('./subscriptions/MySubscriptionPage').then((module) => ({ default: module.MySubscriptionPage })),
);
const SponsorPage = lazy(() => import('./sponsor-page').then((module) => ({ default: module.SponsorPage })));

const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;
const DashboardPage = () => page(<Dashboard />);

// Bump the version when stored preferences (columns, saved queries) change shape.
const store = localStorageStore('1', 'summitdesk');

export const App = () => (
  <Admin
    title="Summitdesk"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={lightTheme}
    darkTheme={darkTheme}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={DashboardPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="events" {...events} />
    <Resource name="users" {...users} />
    <Resource name="contests" {...contests} />
    <Resource name="contest-entries" {...contestEntries} />
    <Resource name="booth-proposals" {...boothProposals} />
    <Resource name="booth-shifts" {...boothShifts} />
    <Resource name="inventory-items" {...inventoryItems} />
    <Resource name="budgets" {...budgets} />
    <Resource name="ledger-entries" {...ledgerEntries} />
    <Resource name="shipments" {...shipments} />
    <Resource name="banners" {...banners} />
    <Resource name="banner-orders" {...bannerOrders} />
    <Resource name="stock-movements" {...stockMovements} />
    <Resource name="submissions" {...submissions} />
    <Resource name="cfps" {...cfps} />
    <Resource name="committees" {...committees} />
    <Resource name="committee-seats" {...committeeSeats} />
    <Resource name="conflicts" {...conflicts} />
    <Resource name="reviews" {...reviews} />
    <Resource name="agenda-slots" {...agendaSlots} />
    <Resource name="sponsors" {...sponsors} />
    <Resource name="sponsorship-packages" {...sponsorshipPackages} />
    <Resource name="sponsorships" {...sponsorships} />
    <Resource name="presentations" {...presentations} />
    <Resource name="announcements" {...announcements} />
    <Resource name="digests" {...digests} />
    <Resource name="audit-log" {...auditLog} />
    <CustomRoutes>
      <Route path="/review-queue" element={page(<ReviewQueuePage />)} />
      <Route path="/invitations/accept" element={page(<InvitationPage />)} />
      <Route path="/agenda-builder/:eventId?" element={page(<AgendaBuilderPage />)} />
      <Route path="/sponsor" element={page(<SponsorPage />)} />
      <Route path="/statistics" element={page(<StatisticsPage />)} />
      <Route path="/meeting/:id" element={page(<MeetingPage />)} />
      <Route path="/fairness/:id" element={page(<FairnessPage />)} />
      <Route path="/announcements/suggestions" element={page(<AnnouncementSuggestionsPage />)} />
      <Route path="/settings/news" element={page(<MySubscriptionPage />)} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/register" element={page(<RegisterPage />)} />
      <Route path="/verify-email" element={page(<VerifyEmailPage />)} />
      <Route path="/public/events" element={page(<PublicEventsPage />)} />
      <Route path="/public/events/:slug" element={page(<PublicEventPage />)} />
      <Route path="/public/events/:slug/program" element={page(<PublicProgramPage />)} />
      <Route path="/public/contests" element={page(<PublicContestsPage />)} />
      <Route path="/public/contests/:id" element={page(<PublicContestPage />)} />
      <Route path="/public/presentations" element={page(<PublicLibraryPage />)} />
      <Route path="/public/presentations/:id" element={page(<PublicPresentationPage />)} />
      <Route path="/public/news" element={page(<PublicNewsPage />)} />
      <Route path="/public/digests" element={page(<PublicDigestsPage />)} />
      <Route path="/public/digests/:week" element={page(<PublicDigestPage />)} />
      <Route path="/subscribe/confirm" element={page(<SubscribeConfirmPage />)} />
      <Route path="/unsubscribe" element={page(<UnsubscribePage />)} />
    </CustomRoutes>
  </Admin>
);
