import { Login } from 'react-admin';
import { Logo } from '../layout/Logo';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { AuthHeader } from './AuthHeader';
import { AuthLinks } from './AuthLinks';
import { LoginForm } from './LoginForm';
import { authBackground } from './authBackground';

export const LoginPage = () => {
  useDocumentLanguage();
  return (
    <Login avatarIcon={<Logo size={40} />} sx={authBackground}>
      <main>
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
