import { useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { Login } from 'react-admin';
import { Logo } from '../layout/Logo';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { AuthHeader } from './AuthHeader';
import { AuthLinks } from './AuthLinks';
import { LoginForm } from './LoginForm';
import { authBackground } from './authBackground';

// `onPrepare` is called once, when the reader first types or clicks (not on the e-mail field's
// autofocus), with the address signing in leads to (react-admin's `nextPathname`): the admin fetches
// that page's code meanwhile.
export const LoginPage = ({ onPrepare }: { onPrepare?: (path: string) => void }) => {
  useDocumentLanguage();
  const location = useLocation();
  const prepared = useRef(false);
  const prepare = () => {
    if (prepared.current || !onPrepare) return;
    prepared.current = true;
    const next = (location.state as { nextPathname?: string } | null)?.nextPathname;
    onPrepare(next ?? '/');
  };
  return (
    <Login avatarIcon={<Logo size={40} />} sx={authBackground}>
      <main onInputCapture={prepare} onKeyDownCapture={prepare} onPointerDownCapture={prepare}>
        <AuthHeader heading="summitdesk.auth.sign_in_heading" />
        <LoginForm />
        <AuthLinks
          links={[
            { to: '/register', label: 'summitdesk.auth.create_account', prompt: 'summitdesk.auth.no_account' },
            { to: '/public/events', label: 'summitdesk.auth.public_calendar' },
          ]}
        />
      </main>
    </Login>
  );
};
