import { createRoot } from 'react-dom/client';
import { isPublicPath } from './public-shell/paths';

// Two shells behind one index.html: the public pages (no sign-in) boot without react-admin's <Admin>,
// everything else boots the admin. Neither downloads the other's code. Each renders once its first
// language is at hand (German is a chunk of its own).
const root = createRoot(document.getElementById('root')!);
if (isPublicPath(window.location.pathname)) {
  void import('./public-shell/PublicApp').then(async ({ PublicApp, ready }) => {
    await ready;
    root.render(<PublicApp />);
  });
} else {
  void import('./AdminRoot').then(async ({ AdminRoot, ready }) => {
    await ready;
    root.render(<AdminRoot />);
  });
}
