import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateBoothProposalSchema } from '@summitdesk/contracts';
import { BoothProposalFormInputs } from './BoothProposalFormInputs';
import { normalizeProposal, proposalResolver } from './proposalForm';

// Drafts and proposals sent back for changes are edited with the same guided form.
export const BoothProposalEdit = () => {
  const resolver = useMemo(() => proposalResolver(UpdateBoothProposalSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={normalizeProposal}>
      <SimpleForm resolver={resolver} mode="onChange" warnWhenUnsavedChanges noValidate>
        <BoothProposalFormInputs />
      </SimpleForm>
    </Edit>
  );
};
