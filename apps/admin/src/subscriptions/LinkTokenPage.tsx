import { Alert, Button, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useDataProvider, useTranslate } from '../public-shell/kit';
import { errorMessage } from '../common/errors';
import { PublicPage } from '../contests/public/PublicPage';
import type { SummitdeskDataProvider } from '../dataProvider';

// A mailed link (confirm a subscription, unsubscribe): the token rides in the fragment, which never
// reaches a server log; nothing changes until the reader presses the button (mail scanners follow links).
const LinkTokenPage = ({ command, messages }: { command: 'subscribe/confirm' | 'unsubscribe'; messages: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [state, setState] = useState<{ pending?: boolean; done?: string; error?: string }>({});
  const go = async () => {
    setState({ pending: true });
    try {
      const { data } = await dataProvider.command<{ email: string }>('public', { command, data: { token }, anonymous: true });
      setState({ done: data.email });
    } catch (error) {
      setState({ error: errorMessage(error, translate) });
    }
  };
  return (
    <PublicPage>
      <Typography component="h1" variant="h4" sx={{ fontWeight: 700, mb: 2 }}>
        {translate(`${messages}.title`)}
      </Typography>
      {state.done ? (
        <Alert severity="success" role="status">
          {translate(`${messages}.done`, { email: state.done })}
        </Alert>
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>{translate(`${messages}.intro`)}</Typography>
          <Button variant="contained" onClick={() => void go()} disabled={!token || state.pending}>
            {state.pending ? (
              <CircularProgress size={20} aria-label={translate('summitdesk.common.loading')} />
            ) : (
              translate(`${messages}.button`)
            )}
          </Button>
        </>
      )}
      {state.error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {state.error}
        </Alert>
      ) : null}
      <Button component={RouterLink} to="/public/news" sx={{ mt: 3 }}>
        {translate('summitdesk.subscriptions.back_to_news')}
      </Button>
    </PublicPage>
  );
};

export const SubscribeConfirmPage = () => <LinkTokenPage command="subscribe/confirm" messages="summitdesk.subscriptions.confirm" />;
export const UnsubscribePage = () => <LinkTokenPage command="unsubscribe" messages="summitdesk.subscriptions.unsubscribe" />;
