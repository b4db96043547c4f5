import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateSponsorshipPackageSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { PackageFormInputs } from './PackageFormInputs';

export const SponsorshipPackageEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateSponsorshipPackageSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" warnWhenUnsavedChanges noValidate>
        <PackageFormInputs />
      </SimpleForm>
    </Edit>
  );
};
