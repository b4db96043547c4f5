import { useMemo, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate } from 'react-admin';
import { CreateEventSchema, EventKinds, type Event } from '@summitdesk/contracts';
import { browserTimeZone } from '../common/dates';
import { clearDraft, FormDraft, readDraft } from '../common/FormDraft';
import { schemaResolver } from '../common/schemaResolver';
import { EventFormInputs } from './EventFormInputs';

const DRAFT_KEY = 'summitdesk.draft.events.create';

export const EventCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const resolver = useMemo(() => schemaResolver(CreateEventSchema), []);
  const defaults = useMemo(() => ({ kind: EventKinds[0], timeZone: browserTimeZone() }), []);
  const [draft, setDraft] = useState(() => readDraft(DRAFT_KEY));
  // Changing the key remounts the form, which is how "discard draft" resets it.
  const [formKey, setFormKey] = useState(0);

  const discard = () => {
    clearDraft(DRAFT_KEY);
    setDraft(undefined);
    setFormKey((key) => key + 1);
  };

  return (
    <Create
      redirect="show"
      mutationOptions={{
        onSuccess: (event: Event) => {
          clearDraft(DRAFT_KEY);
          notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('show', 'events', event.id, event);
        },
      }}
    >
      {draft ? (
        <Alert
          severity="info"
          sx={{ m: 2, mb: 0 }}
          action={
            <Button color="inherit" size="small" onClick={discard}>
              {translate('summitdesk.form.discard_draft')}
            </Button>
          }
        >
          {translate('summitdesk.form.draft_restored')}
        </Alert>
      ) : null}
      <SimpleForm
        key={formKey}
        resolver={resolver}
        mode="onChange"
        defaultValues={{ ...defaults, ...draft }}
        warnWhenUnsavedChanges
        noValidate
      >
        <EventFormInputs />
        <FormDraft storageKey={DRAFT_KEY} />
      </SimpleForm>
    </Create>
  );
};
