import { AutocompleteArrayInput, ReferenceArrayInput, TextInput, usePermissions } from 'react-admin';
import type { Role } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';

// Members cannot list users: the API makes the member who creates the profile its contact, and an
// organizer adds the others.
export const SponsorFormInputs = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <>
      <FormSection title="summitdesk.sponsors.sections.company">
        <TextInput source="name" isRequired fullWidth />
        <TextInput source="website" type="url" isRequired fullWidth helperText="summitdesk.sponsors.website_help" />
      </FormSection>
      {permissions === 'organizer' ? (
        <FormSection title="summitdesk.sponsors.sections.contacts">
          <ReferenceArrayInput source="contactIds" reference="users">
            <AutocompleteArrayInput fullWidth helperText="summitdesk.sponsors.contacts_help" />
          </ReferenceArrayInput>
        </FormSection>
      ) : null}
    </>
  );
};
