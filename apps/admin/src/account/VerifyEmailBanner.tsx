import { Alert, Button } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useResendVerification } from './useResendVerification';

// Shown above every page until the member has followed the link mailed to their address; nothing
// else waits for it, so it asks rather than blocks.
export const VerifyEmailBanner = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { resend, isPending } = useResendVerification();
  if (!identity || identity.emailVerified !== false) return null;
  return (
    <Alert
      severity="info"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" disabled={isPending} onClick={resend}>
          {translate('summitdesk.verify.resend')}
        </Button>
      }
    >
      {translate('summitdesk.verify.banner', { email: identity.email })}
    </Alert>
  );
};
