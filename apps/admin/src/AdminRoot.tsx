import { StrictMode } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { App } from './App';
import { i18nProvider } from './i18n/i18nProvider';
import { clearSession, getToken, isTokenExpired } from './session';

export const ready = i18nProvider.ready;

// Real paths (/events/7/show, /public/events) instead of react-admin's default hash router, so public
// pages have shareable URLs; the API answers index.html for every non-API path. A data router keeps
// react-admin's "unsaved changes" guard working.
startSignedOutVisitsOnSignIn();
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

export const AdminRoot = () => (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

// Signed out on a page that needs a session (a link in a mail, a bookmark): start on the sign-in
// page, remembering the page so that signing in leads there (react-admin reads `nextPathname`).
// Left to react-admin's own check, the redirect repeated itself many times a second under
// react-router 7's transitions, and the sign-in form redrew too often to type into.
function startSignedOutVisitsOnSignIn() {
  const token = getToken();
  if (token && !isTokenExpired(token)) return;
  if (token) clearSession();
  const { pathname, search } = window.location;
  if (['/login', '/register', '/verify-email'].includes(pathname)) return;
  const state = { usr: { nextPathname: pathname, nextSearch: search }, key: 'default', idx: 0 };
  window.history.replaceState(state, '', '/login');
}
