import { useMemo } from 'react';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { CreateContestSchema, type Contest } from '@summitdesk/contracts';
import { browserTimeZone } from '../common/dates';
import { FormDraft, clearDraft, readDraft } from '../common/FormDraft';
import { schemaResolver } from '../common/schemaResolver';
import { ContestFormInputs } from './ContestFormInputs';

const DRAFT_KEY = 'summitdesk.draft.contests.create';
const DAY = 86_400_000;

// Sensible first windows: entries for three weeks from tomorrow, then two weeks of voting.
function defaultWindows(now = Date.now()) {
  const at = (days: number) => new Date(Math.ceil((now + days * DAY) / 3_600_000) * 3_600_000).toISOString();
  return { entriesOpenAt: at(1), entriesCloseAt: at(22), votingOpensAt: at(22), votingClosesAt: at(36) };
}

export const ContestCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const resolver = useMemo(() => schemaResolver(CreateContestSchema), []);
  const defaults = useMemo(
    () => ({ currency: 'USD', license: 'CC BY 4.0', timeZone: browserTimeZone(), ...defaultWindows(), ...readDraft(DRAFT_KEY) }),
    [],
  );
  return (
    <Create
      mutationOptions={{
        onSuccess: (contest: Contest) => {
          clearDraft(DRAFT_KEY);
          notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('show', 'contests', contest.id, contest);
        },
      }}
    >
      <SimpleForm resolver={resolver} mode="onChange" defaultValues={defaults} warnWhenUnsavedChanges noValidate>
        <ContestFormInputs />
        <FormDraft storageKey={DRAFT_KEY} />
      </SimpleForm>
    </Create>
  );
};
