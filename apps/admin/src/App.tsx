import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
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
import { darkTheme, lightTheme } from './theme';
import users from './users';
import contests from './contests';
import contestEntries from './contest-entries';
import { PublicContestPage } from './contests/public/PublicContestPage';
import { PublicContestsPage } from './contests/public/PublicContestsPage';

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
    <Resource name="audit-log" {...auditLog} />
    <CustomRoutes noLayout>
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/public/events" element={<PublicEventsPage />} />
      <Route path="/public/contests" element={<PublicContestsPage />} />
      <Route path="/public/contests/:id" element={<PublicContestPage />} />
    </CustomRoutes>
  </Admin>
);
