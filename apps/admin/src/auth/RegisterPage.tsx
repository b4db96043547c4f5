import { Login, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { Logo } from '../layout/Logo';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { AuthHeader } from './AuthHeader';
import { AuthLinks } from './AuthLinks';
import { authBackground } from './authBackground';
import { RegisterForm } from './RegisterForm';

// A custom route without the admin layout; `Login` gives the same card and sends signed-in users home.
export const RegisterPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  return (
    <Login avatarIcon={<Logo size={40} />} sx={authBackground}>
      <main>
        <AuthHeader heading="summitdesk.auth.register_heading" />
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1, maxWidth: 360, textAlign: 'center', mx: 'auto' }}>
          {translate('summitdesk.auth.register_intro')}
        </Typography>
        <RegisterForm />
        <AuthLinks links={[{ to: '/login', label: 'summitdesk.auth.sign_in', prompt: 'summitdesk.auth.have_account' }]} />
      </main>
    </Login>
  );
};
