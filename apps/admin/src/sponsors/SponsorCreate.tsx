import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { CreateSponsorSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { SponsorFormInputs } from './SponsorFormInputs';

// The logo goes up from the profile's page once the company exists (it needs the sponsor's id).
export const SponsorCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateSponsorSchema), []);
  return (
    <Create redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" defaultValues={{ contactIds: [] }} warnWhenUnsavedChanges noValidate>
        <SponsorFormInputs />
      </SimpleForm>
    </Create>
  );
};
