import { useMemo } from 'react';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { CreateSubmissionSchema, type Submission } from '@summitdesk/contracts';
import { FormDraft, clearDraft, readDraft } from '../common/FormDraft';
import { schemaResolver } from '../common/schemaResolver';
import { SubmissionFormInputs } from './SubmissionFormInputs';

const DRAFT_KEY = 'summitdesk.draft.submissions.create';

// Saves a draft and opens it, where "Submit" sends it to the committee.
export const SubmissionCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const resolver = useMemo(() => schemaResolver(CreateSubmissionSchema), []);
  const defaults = useMemo(() => ({ coSpeakerEmails: [], ...readDraft(DRAFT_KEY) }), []);
  return (
    <Create
      mutationOptions={{
        onSuccess: (submission: Submission) => {
          clearDraft(DRAFT_KEY);
          notify('summitdesk.cfp_program.after_create', { type: 'info' });
          redirect('show', 'submissions', submission.id, submission);
        },
      }}
    >
      <SimpleForm resolver={resolver} mode="onChange" defaultValues={defaults} warnWhenUnsavedChanges noValidate>
        <SubmissionFormInputs creating />
        <FormDraft storageKey={DRAFT_KEY} />
      </SimpleForm>
    </Create>
  );
};
