import { useMemo } from 'react';
import { Edit, SaveButton, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { UpdateUserSchema } from '@summitdesk/contracts';
import { CountryInput } from '../common/CountryInput';
import { schemaResolver } from '../common/schemaResolver';

// Only the profile is edited here; role and access are actions on the user's page.
export const UserEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateUserSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm
        resolver={resolver}
        mode="onChange"
        warnWhenUnsavedChanges
        noValidate
        sx={{ maxWidth: 560 }}
        toolbar={
          // Accounts are disabled, never deleted: their history must keep a name.
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <TextInput source="name" isRequired />
        <TextInput source="affiliation" />
        <CountryInput source="country" />
      </SimpleForm>
    </Edit>
  );
};
