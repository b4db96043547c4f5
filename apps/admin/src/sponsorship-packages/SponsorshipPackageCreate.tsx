import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { CreateSponsorshipPackageSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { PackageFormInputs } from './PackageFormInputs';

// Opened from an event's "Sponsorship packages" tab with that event chosen (?source={"eventId":…}).
export const SponsorshipPackageCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateSponsorshipPackageSchema), []);
  const defaults = useMemo(() => ({ currency: 'USD', quantity: 1, benefits: [], boothProposalId: null }), []);
  return (
    <Create redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" defaultValues={defaults} warnWhenUnsavedChanges noValidate>
        <PackageFormInputs creating />
      </SimpleForm>
    </Create>
  );
};
