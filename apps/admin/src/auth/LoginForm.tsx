import { useState } from 'react';
import { Form, PasswordInput, TextInput, required, useLogin, useNotify, useTranslate } from 'react-admin';
import { Button, CardContent, CircularProgress } from '@mui/material';
import { errorMessage } from '../common/errors';

type Credentials = { email: string; password: string };

export const LoginForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [loading, setLoading] = useState(false);

  const submit = async (values: Partial<Credentials>) => {
    setLoading(true);
    try {
      await login(values);
    } catch (error) {
      // The API answers every bad sign-in with the same 401; say it in the reader's language.
      const status = (error as { status?: number } | null)?.status;
      const message = status === 401 ? translate('summitdesk.auth.sign_in_failed') : errorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent sx={{ width: { xs: 'auto', sm: 320 }, pb: 1 }}>
        <TextInput source="email" type="email" label="summitdesk.auth.email" autoComplete="username" validate={required()} autoFocus />
        <PasswordInput source="password" label="summitdesk.auth.password" autoComplete="current-password" validate={required()} />
        <Button variant="contained" type="submit" fullWidth disabled={loading} sx={{ mt: 2 }}>
          {loading ? (
            <CircularProgress aria-hidden={false} size={19} thickness={3} aria-label={translate('summitdesk.common.loading')} />
          ) : (
            translate('summitdesk.auth.sign_in')
          )}
        </Button>
      </CardContent>
    </Form>
  );
};
