import { createRoot } from 'react-dom/client';
import { isPublicPath } from './public-shell/paths';

// Two shells behind one index.html: the public pages (no sign-in) boot without react-admin's <Admin>,
// everything else boots the admin. Neither downloads the other's code.
const root = createRoot(document.getElementById('root')!);
if (isPublicPath(window.location.pathname)) {
  void import('./public-shell/PublicApp').then(({ PublicApp }) => root.render(<PublicApp />));
} else {
  void import('./AdminRoot').then(({ AdminRoot }) => root.render(<AdminRoot />));
}
