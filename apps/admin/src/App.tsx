import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import auditLog from './audit-log';
import outgoingMails from './outgoing-mails';
import { LoginPage } from './auth/LoginPage';
import { lazyPage } from './common/lazyPage';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import events from './events';
import { i18nProvider } from './i18n/i18nProvider';
import { FullPageLoad } from './public-shell/FullPageLoad';
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
import subscribers from './subscriptions';

// Every page but sign-in is a chunk of its own, fetched when it is first shown (bench/README.md).
const InvitationPage = lazy(() => import('./account/InvitationPage').then((module) => ({ default: module.InvitationPage })));
const VerifyEmailPage = lazy(() => import('./account/VerifyEmailPage').then((module) => ({ default: module.VerifyEmailPage })));
const RegisterPage = lazy(() => import('./auth/RegisterPage').then((module) => ({ default: module.RegisterPage })));
const MeetingPage = lazy(() => import('./discussion/MeetingPage').then((module) => ({ default: module.MeetingPage })));
const BiddingPage = lazy(() => import('./bidding/BiddingPage').then((module) => ({ default: module.BiddingPage })));
const FairnessPage = lazy(() => import('./discussion/FairnessPage').then((module) => ({ default: module.FairnessPage })));
const Dashboard = lazyPage(() => import('./dashboard/Dashboard').then((module) => module.Dashboard));
const ReviewQueuePage = lazy(() => import('./review-queue/ReviewQueuePage').then((module) => ({ default: module.ReviewQueuePage })));
const AgendaBuilderPage = lazy(() => import('./agenda-slots/AgendaBuilderPage').then((module) => ({ default: module.AgendaBuilderPage })));
const StatisticsPage = lazy(() => import('./statistics/StatisticsPage').then((module) => ({ default: module.StatisticsPage })));
const AnnouncementSuggestionsPage = lazy(() =>
  import('./announcements/AnnouncementSuggestionsPage').then((module) => ({ default: module.AnnouncementSuggestionsPage })),
);
const MySubscriptionPage = lazy(() =>
  import('./subscriptions/MySubscriptionPage').then((module) => ({ default: module.MySubscriptionPage })),
);
const MailPreferencesPage = lazy(() => import('./account/MailPreferencesPage').then((module) => ({ default: module.MailPreferencesPage })));
const SponsorPage = lazy(() => import('./sponsor-page').then((module) => ({ default: module.SponsorPage })));

const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;
const DashboardPage = () => page(<Dashboard />);

// The layout (app bar with search and notifications, menu, drawer) is not part of the sign-in page's
// download either; the sign-in page fetches it, and the list the reader is heading to, while they type.
const LazyLayout = lazyPage(() => import('./layout/Layout').then((module) => module.Layout));
const Layout = ({ children }: { children: ReactNode }) => page(<LazyLayout>{children}</LazyLayout>);

const resources = {
  events,
  users,
  contests,
  'contest-entries': contestEntries,
  'booth-proposals': boothProposals,
  'booth-shifts': boothShifts,
  'inventory-items': inventoryItems,
  budgets,
  'ledger-entries': ledgerEntries,
  shipments,
  banners,
  'banner-orders': bannerOrders,
  'stock-movements': stockMovements,
  submissions,
  cfps,
  committees,
  'committee-seats': committeeSeats,
  conflicts,
  reviews,
  'agenda-slots': agendaSlots,
  sponsors,
  'sponsorship-packages': sponsorshipPackages,
  sponsorships,
  presentations,
  announcements,
  digests,
  subscribers,
  'audit-log': auditLog,
  'outgoing-mails': outgoingMails,
};

// What the first screen after signing in needs: the layout and the page at `path` (a resource's list
// or the dashboard).
function prepareAfterSignIn(path: string) {
  void LazyLayout.preload();
  const name = path.split('/')[1] ?? '';
  if (!name) void Dashboard.preload();
  const list: unknown = (resources as Record<string, { list?: unknown }>)[name]?.list;
  if (list && typeof list === 'object' && 'preload' in list && typeof list.preload === 'function') void list.preload();
}

const SignInPage = () => <LoginPage onPrepare={prepareAfterSignIn} />;

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
    loginPage={SignInPage}
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
    <Resource name="subscribers" {...subscribers} />
    <Resource name="audit-log" {...auditLog} />
    <Resource name="outgoing-mails" {...outgoingMails} />
    <CustomRoutes>
      <Route path="/review-queue" element={page(<ReviewQueuePage />)} />
      <Route path="/invitations/accept" element={page(<InvitationPage />)} />
      <Route path="/agenda-builder/:eventId?" element={page(<AgendaBuilderPage />)} />
      <Route path="/sponsor" element={page(<SponsorPage />)} />
      <Route path="/statistics" element={page(<StatisticsPage />)} />
      <Route path="/meeting/:id" element={page(<MeetingPage />)} />
      <Route path="/fairness/:id" element={page(<FairnessPage />)} />
      <Route path="/bidding/:cfpId" element={page(<BiddingPage />)} />
      <Route path="/bidding/:cfpId/show" element={page(<BiddingPage />)} />
      <Route path="/announcements/suggestions" element={page(<AnnouncementSuggestionsPage />)} />
      <Route path="/settings/news" element={page(<MySubscriptionPage />)} />
      <Route path="/settings/mail" element={page(<MailPreferencesPage />)} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/register" element={page(<RegisterPage />)} />
      <Route path="/verify-email" element={page(<VerifyEmailPage />)} />
      {/* Public pages boot their own light shell (public-shell/): arriving here from the admin reloads into it. */}
      <Route path="/public/*" element={<FullPageLoad />} />
      <Route path="/subscribe/confirm" element={<FullPageLoad />} />
      <Route path="/unsubscribe" element={<FullPageLoad />} />
    </CustomRoutes>
  </Admin>
);
