import { useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import { useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';

// Asks for a new verification link; the API limits how often, and says so.
export function useResendVerification() {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [isPending, setPending] = useState(false);
  const resend = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.command<{ email: string }>('auth', { command: 'resend-verification' });
      notify('summitdesk.verify.resent', { type: 'success', messageArgs: { email: data.email } });
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };
  return { resend, isPending };
}
