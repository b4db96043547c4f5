import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
import { API_URL, httpClient } from '../httpClient';

// Asks for a new verification link; the API limits how often, and says so.
export function useResendVerification() {
  const notify = useNotify();
  const translate = useTranslate();
  const [isPending, setPending] = useState(false);
  const resend = async () => {
    setPending(true);
    try {
      const { json } = await httpClient<{ email: string }>(`${API_URL}/auth/resend-verification`, { method: 'POST' });
      notify('summitdesk.verify.resent', { type: 'success', messageArgs: { email: json.email } });
    } catch (error) {
      const message = errorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };
  return { resend, isPending };
}
