import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, CircularProgress } from '@mui/material';
import { AuthHeader } from '../auth/AuthHeader';
import { authBackground } from '../auth/authBackground';
import { errorMessage } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { getStoredUser, saveUser } from '../session';

type State = { kind: 'checking' } | { kind: 'done'; email: string } | { kind: 'failed'; message: string };

// Reached from the mailed link `/verify-email#token=…`. The token rides in the fragment, which the
// browser never sends to a server; the page posts it and then drops it from the address bar.
// No sign-in needed: the link may be opened on another device.
export const VerifyEmailPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => new URLSearchParams(location.hash.slice(1)).get('token'));
  const [state, setState] = useState<State>(
    token ? { kind: 'checking' } : { kind: 'failed', message: translate('summitdesk.verify.no_token') },
  );

  useEffect(() => {
    if (!token) return;
    void navigate(location.pathname, { replace: true });
    let cancelled = false;
    void dataProvider
      .command<{ email: string }>('auth', { command: 'verify-email', data: { token }, anonymous: true })
      .then(({ data: json }) => {
        const user = getStoredUser();
        if (user && user.email.toLowerCase() === json.email.toLowerCase()) saveUser({ ...user, emailVerified: true });
        if (!cancelled) setState({ kind: 'done', email: json.email });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ kind: 'failed', message: errorMessage(error, translate) });
      });
    return () => {
      cancelled = true;
    };
    // Runs once for the token the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  return (
    <Box
      component="main"
      sx={{ ...authBackground, minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}
    >
      <Card sx={{ maxWidth: 420, width: '100%', py: 2 }}>
        <AuthHeader heading="summitdesk.verify.heading" />
        <CardContent sx={{ textAlign: 'center' }}>
          {state.kind === 'checking' ? (
            <>
              <CircularProgress aria-hidden={false} size={24} aria-label={translate('summitdesk.verify.checking')} />
              <p>{translate('summitdesk.verify.checking')}</p>
            </>
          ) : state.kind === 'done' ? (
            <Alert severity="success">{translate('summitdesk.verify.done', { email: state.email })}</Alert>
          ) : (
            <Alert severity="error" role="alert">
              {translate('summitdesk.verify.failed')} {state.message}
            </Alert>
          )}
          <Button component={RouterLink} to="/" variant="contained" sx={{ mt: 2 }}>
            {translate('summitdesk.verify.continue')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
