import { useMemo, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate } from 'react-admin';
import { CreateBoothProposalSchema, type BoothProposal } from '@summitdesk/contracts';
import { clearDraft, FormDraft, readDraft } from '../common/FormDraft';
import { BoothProposalFormInputs } from './BoothProposalFormInputs';
import { normalizeProposal, proposalResolver } from './proposalForm';

const DRAFT_KEY = 'summitdesk.draft.booth-proposals.create';

// "Bring us to your event": a guided form whose unsaved values survive a reload.
export const BoothProposalCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const resolver = useMemo(() => proposalResolver(CreateBoothProposalSchema), []);
  const [draft, setDraft] = useState(() => readDraft(DRAFT_KEY));
  const [formKey, setFormKey] = useState(0);
  const discard = () => {
    clearDraft(DRAFT_KEY);
    setDraft(undefined);
    setFormKey((key) => key + 1);
  };
  return (
    <Create
      transform={normalizeProposal}
      mutationOptions={{
        onSuccess: (proposal: BoothProposal) => {
          clearDraft(DRAFT_KEY);
          notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('show', 'booth-proposals', proposal.id, proposal);
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
        defaultValues={{ eventChoice: 'existing', currency: 'USD', feeRequested: 0, banner: 'none', materials: [], ...draft }}
        warnWhenUnsavedChanges
        noValidate
      >
        <BoothProposalFormInputs />
        <FormDraft storageKey={DRAFT_KEY} />
      </SimpleForm>
    </Create>
  );
};
