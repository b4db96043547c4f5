import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
import { InvitationPage } from './account/InvitationPage';
import { VerifyEmailPage } from './account/VerifyEmailPage';
import auditLog from './audit-log';
import { LoginPage } from './auth/LoginPage';
import { RegisterPage } from './auth/RegisterPage';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import events from './events';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { PublicEventsPage } from './public/PublicEventsPage';
import { PublicEventPage } from './public/PublicEventPage';
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
import { ReviewQueuePage } from './review-queue/ReviewQueuePage';
import { PublicProgramPage } from './agenda-slots/PublicProgramPage';
import { AgendaBuilderPage } from './agenda-slots/AgendaBuilderPage';
import { PublicContestPage } from './contests/public/PublicContestPage';
import { PublicContestsPage } from './contests/public/PublicContestsPage';
import sponsors from './sponsors';
import sponsorshipPackages from './sponsorship-packages';
import sponsorships from './sponsorships';
import { SponsorPage } from './sponsor-page';

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
    dashboard={Dashboard}
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
    <Resource name="audit-log" {...auditLog} />
    <CustomRoutes>
      <Route path="/review-queue" element={<ReviewQueuePage />} />
      <Route path="/invitations/accept" element={<InvitationPage />} />
      <Route path="/agenda-builder/:eventId?" element={<AgendaBuilderPage />} />
      <Route path="/sponsor" element={<SponsorPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/verify-email" element={<VerifyEmailPage />} />
      <Route path="/public/events" element={<PublicEventsPage />} />
      <Route path="/public/events/:slug" element={<PublicEventPage />} />
      <Route path="/public/events/:slug/program" element={<PublicProgramPage />} />
      <Route path="/public/contests" element={<PublicContestsPage />} />
      <Route path="/public/contests/:id" element={<PublicContestPage />} />
    </CustomRoutes>
  </Admin>
);
