import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { NewsLanguages, SubscriptionTopics, type NewsLanguage, type SubscriptionTopic } from '@summitdesk/contracts';
import { useDataProvider, useLocaleState, useTranslate } from '../public-shell/kit';
import { PublicCheckbox, PublicSelectField, PublicTextField } from '../public-shell/fields';
import { errorMessage, fieldErrors } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';

type Values = { email: string; digest: boolean; topics: SubscriptionTopic[]; language: NewsLanguage };

// A loose check before sending; the API validates the address itself and its answer shows beside the field.
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

// Anyone may subscribe by address; a confirmation link is mailed first (double opt-in). A plain form
// (not react-admin's <Form>, which brings react-router, react-hook-form and zod): it sits below the
// news and the digest archive, two public pages that should load light (bench/README.md).
export const SubscribeForm = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [values, setValues] = useState<Values>(() => ({ email: '', digest: true, topics: [], language: locale === 'de' ? 'de' : 'en' }));
  const [state, setState] = useState<{ sent?: boolean; pending?: boolean; error?: string; fields?: Record<string, string> }>({});
  const set = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = values.email.trim();
    if (!email) return setState({ fields: { email: translate('ra.validation.required') } });
    if (!looksLikeEmail(email)) return setState({ fields: { email: translate('ra.validation.email') } });
    setState({ pending: true });
    try {
      await dataProvider.command('public', { command: 'subscribe', data: { ...values, email }, anonymous: true });
      setState({ sent: true });
    } catch (error) {
      const fields = fieldErrors(error);
      setState({
        error: errorMessage(error, translate),
        fields: fields && Object.fromEntries(Object.entries(fields).map(([key, text]) => [key, translate(text, { _: text })])),
      });
    }
  };
  return (
    <Box component="section" aria-labelledby="subscribe-heading" sx={{ maxWidth: 560 }}>
      <Typography id="subscribe-heading" component="h2" variant="h5" sx={{ mb: 1 }}>
        {translate('summitdesk.subscriptions.subscribe.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('summitdesk.subscriptions.subscribe.intro')}
      </Typography>
      {state.sent ? (
        <Alert icon={<MarkEmailReadIcon />} severity="success" role="status">
          {translate('summitdesk.subscriptions.subscribe.sent')}
        </Alert>
      ) : (
        <Box
          component="form"
          noValidate
          onSubmit={submit}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, alignItems: 'flex-start' }}
        >
          <PublicTextField
            label={translate('summitdesk.subscriptions.fields.email')}
            type="email"
            name="email"
            autoComplete="email"
            required
            fullWidth
            value={values.email}
            onChange={(email) => set({ email })}
            error={state.fields?.email}
          />
          <PublicCheckbox
            role="switch"
            checked={values.digest}
            onChange={(digest) => set({ digest })}
            label={translate('summitdesk.subscriptions.fields.digest')}
          />
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <Box component="legend" sx={{ typography: 'body2', color: 'text.secondary', mb: 0.5 }}>
              {translate('summitdesk.subscriptions.fields.topics')}
            </Box>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3 }}>
              {SubscriptionTopics.map((topic) => (
                <PublicCheckbox
                  key={topic}
                  label={translate(`summitdesk.subscriptions.topics.${topic}`)}
                  checked={values.topics.includes(topic)}
                  onChange={(checked) =>
                    set({ topics: checked ? [...values.topics, topic] : values.topics.filter((chosen) => chosen !== topic) })
                  }
                />
              ))}
            </Box>
          </Box>
          <PublicSelectField
            label={translate('summitdesk.subscriptions.fields.language')}
            name="language"
            value={values.language}
            onChange={(language) => set({ language: language as NewsLanguage })}
            choices={NewsLanguages.map((language) => ({
              value: language,
              label: translate(`summitdesk.subscriptions.languages.${language}`),
            }))}
            sx={{ minWidth: 200 }}
          />
          {state.error ? <Alert severity="error">{state.error}</Alert> : null}
          <Button type="submit" variant="contained" startIcon={<MarkEmailReadIcon />} disabled={state.pending}>
            {translate('summitdesk.subscriptions.subscribe.submit')}
          </Button>
        </Box>
      )}
    </Box>
  );
};
