import { StrictMode } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { App } from './App';
import { i18nProvider } from './i18n/i18nProvider';

export const ready = i18nProvider.ready;

// Real paths (/events/7/show, /public/events) instead of react-admin's default hash router, so public
// pages have shareable URLs; the API answers index.html for every non-API path. A data router keeps
// react-admin's "unsaved changes" guard working.
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

export const AdminRoot = () => (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
