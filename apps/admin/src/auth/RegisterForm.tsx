import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Form, PasswordInput, TextInput, useAuthProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { Button, CardContent, CircularProgress } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH, RegisterSchema, type Register } from '@summitdesk/contracts';
import { CountryInput } from '../common/CountryInput';
import { fieldErrors, useNotifyError } from '../common/errors';
import { schemaResolver } from '../common/schemaResolver';
import type { SummitdeskAuthProvider } from '../authProvider';

export const RegisterForm = () => {
  const authProvider = useAuthProvider<SummitdeskAuthProvider>();
  const queryClient = useQueryClient();
  const redirect = useRedirect();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  const [loading, setLoading] = useState(false);
  const resolver = useMemo(() => schemaResolver(RegisterSchema), []);

  // Register, then sign straight in; field errors from the API go back to the form.
  const submit = async (form: FieldValues) => {
    const values = form as Partial<Register>;
    setLoading(true);
    try {
      await authProvider!.register(values);
    } catch (error) {
      setLoading(false);
      const errors = fieldErrors(error);
      if (errors) return errors;
      notifyError(error);
      return;
    }
    try {
      await authProvider?.login({ email: values.email, password: values.password });
      // This page lives inside the admin's routes, which remember "signed out" from when it opened:
      // refresh that before going home, or the admin would sign the new member straight out again.
      await queryClient.invalidateQueries({ queryKey: ['auth'] });
      notify('summitdesk.auth.registered', { type: 'success' });
      redirect('/');
    } catch (error) {
      notifyError(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Form onSubmit={submit} resolver={resolver} mode="onBlur" noValidate>
      <CardContent sx={{ width: { xs: 'auto', sm: 360 }, pb: 1 }}>
        <TextInput source="name" label="summitdesk.auth.name" autoComplete="name" isRequired autoFocus />
        <TextInput source="email" type="email" label="summitdesk.auth.email" autoComplete="email" isRequired />
        <PasswordInput
          source="password"
          label="summitdesk.auth.password"
          autoComplete="new-password"
          helperText={translate('summitdesk.auth.password_help', { min: PASSWORD_MIN_LENGTH })}
          isRequired
        />
        <TextInput
          source="affiliation"
          label="summitdesk.auth.affiliation"
          autoComplete="organization"
          helperText="summitdesk.auth.affiliation_help"
        />
        <CountryInput source="country" label="summitdesk.auth.country" helperText="summitdesk.auth.country_help" />
        <Button variant="contained" type="submit" fullWidth disabled={loading} sx={{ mt: 2 }}>
          {loading ? (
            <CircularProgress aria-hidden={false} size={19} thickness={3} aria-label={translate('summitdesk.common.loading')} />
          ) : (
            translate('summitdesk.auth.register_submit')
          )}
        </Button>
      </CardContent>
    </Form>
  );
};
