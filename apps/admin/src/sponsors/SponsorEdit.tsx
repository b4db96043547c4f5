import { useMemo } from 'react';
import { Edit, SimpleForm, TopToolbar, ShowButton } from 'react-admin';
import { UpdateSponsorSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { SponsorFormInputs } from './SponsorFormInputs';
import { SponsorLogo } from './SponsorLogo';
import { SponsorLogoUploadButton } from './SponsorLogoUploadButton';

export const SponsorEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateSponsorSchema), []);
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={
        <TopToolbar>
          <SponsorLogoUploadButton />
          <ShowButton />
        </TopToolbar>
      }
    >
      <SimpleForm resolver={resolver} mode="onChange" warnWhenUnsavedChanges noValidate>
        <SponsorLogo height={64} />
        <SponsorFormInputs />
      </SimpleForm>
    </Edit>
  );
};
