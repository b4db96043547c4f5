import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Title, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardActions, CardContent, CircularProgress, Typography } from '@mui/material';
import type { SpeakerInvitation } from '@summitdesk/contracts';
import { errorMessage, useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { useResendVerification } from './useResendVerification';

// Reached from the mailed link `/invitations/accept?token=…` (sign-in first if needed; react-admin
// brings the member back here). Shows what the invitation is for, then accepts or declines it.
export const InvitationPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { identity } = useGetIdentity();
  const { resend, isPending: resending } = useResendVerification();
  const [invitation, setInvitation] = useState<SpeakerInvitation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void dataProvider
      .command<SpeakerInvitation>('submissions/invitations', { command: 'show', data: { token } })
      .then(({ data }) => !cancelled && setInvitation(data))
      .catch((error: unknown) => !cancelled && setFailure(errorMessage(error, translate)));
    return () => {
      cancelled = true;
    };
  }, [dataProvider, token, translate]);

  const answer = async (accept: boolean) => {
    setPending(true);
    try {
      const { data } = await dataProvider.command<{ submissionId: number }>('submissions/invitations', {
        command: accept ? 'accept' : 'decline',
        data: { token },
      });
      notify(accept ? 'summitdesk.invitation.accepted' : 'summitdesk.invitation.declined', { type: 'success' });
      void navigate(accept ? `/submissions/${data.submissionId}/show` : '/');
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };

  const unverified = identity?.emailVerified === false;
  return (
    <Box sx={{ maxWidth: 640, mt: 2 }}>
      <Title title="summitdesk.invitation.heading" />
      <Card>
        <CardContent>
          <Typography component="h1" variant="h6" gutterBottom>
            {translate('summitdesk.invitation.heading')}
          </Typography>
          {failure ? (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          ) : !invitation ? (
            <CircularProgress aria-hidden={false} size={24} aria-label={translate('summitdesk.invitation.loading')} />
          ) : (
            <>
              <Typography>{translate('summitdesk.invitation.summary', invitation)}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('summitdesk.invitation.sent_to', {
                  email: invitation.email,
                  expiresAt: new Date(invitation.expiresAt).toLocaleDateString(),
                })}
              </Typography>
              <Alert severity={invitation.status === 'pending' ? 'info' : 'warning'} sx={{ mt: 2 }}>
                {translate(`summitdesk.invitation.status.${invitation.status}`)}
              </Alert>
              {invitation.status === 'pending' && unverified ? (
                <Alert
                  severity="warning"
                  sx={{ mt: 2 }}
                  action={
                    <Button color="inherit" size="small" disabled={resending} onClick={resend}>
                      {translate('summitdesk.verify.resend')}
                    </Button>
                  }
                >
                  {translate('summitdesk.invitation.needs_verification')}
                </Alert>
              ) : null}
            </>
          )}
        </CardContent>
        {invitation?.status === 'pending' ? (
          <CardActions>
            <Button variant="contained" disabled={isPending || unverified} onClick={() => void answer(true)}>
              {translate('summitdesk.invitation.accept')}
            </Button>
            <Button color="warning" disabled={isPending || unverified} onClick={() => void answer(false)}>
              {translate('summitdesk.invitation.decline')}
            </Button>
          </CardActions>
        ) : invitation?.status === 'accepted' ? (
          <CardActions>
            <Button onClick={() => void navigate(`/submissions/${invitation.submissionId}/show`)}>
              {translate('summitdesk.invitation.open_talk')}
            </Button>
          </CardActions>
        ) : null}
      </Card>
    </Box>
  );
};
