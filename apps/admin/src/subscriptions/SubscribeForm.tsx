import type { FieldValues } from 'react-hook-form';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Alert, Box, Typography } from '@mui/material';
import { useState } from 'react';
import { MemoryRouter, useInRouterContext } from 'react-router-dom';
import {
  BooleanInput,
  CheckboxGroupInput,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  useDataProvider,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { SubscribeSchema } from '@summitdesk/contracts';
import { errorMessage } from '../common/errors';
import { schemaResolver } from '../common/schemaResolver';
import type { SummitdeskDataProvider } from '../dataProvider';
import { languageChoices, topicChoices } from './topicChoices';

// Anyone may subscribe by address; a confirmation link is mailed first (double opt-in).
// react-admin's <Form> reads the router's location (a record passed in navigation state); the public
// shell has no react-router, so the form gets a router of its own there.
export const SubscribeForm = () =>
  useInRouterContext() ? (
    <SubscribeFormFields />
  ) : (
    <MemoryRouter>
      <SubscribeFormFields />
    </MemoryRouter>
  );

const SubscribeFormFields = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [state, setState] = useState<{ sent?: boolean; error?: string }>({});
  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.command('public', { command: 'subscribe', data: values, anonymous: true });
      setState({ sent: true });
    } catch (error) {
      setState({ error: errorMessage(error, translate) });
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
        <Form
          resolver={schemaResolver(SubscribeSchema)}
          defaultValues={{ digest: true, topics: [], language: locale === 'de' ? 'de' : 'en' }}
          onSubmit={(values: FieldValues) => submit(values)}
        >
          <TextInput source="email" type="email" label="summitdesk.subscriptions.fields.email" fullWidth />
          <BooleanInput source="digest" label="summitdesk.subscriptions.fields.digest" />
          <CheckboxGroupInput source="topics" label="summitdesk.subscriptions.fields.topics" choices={topicChoices} />
          <SelectInput source="language" label="summitdesk.subscriptions.fields.language" choices={languageChoices} />
          {state.error ? <Alert severity="error">{state.error}</Alert> : null}
          <SaveButton label="summitdesk.subscriptions.subscribe.submit" icon={<MarkEmailReadIcon />} alwaysEnable />
        </Form>
      )}
    </Box>
  );
};
