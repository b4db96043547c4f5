import { Edit, SimpleForm, TextInput, required } from 'react-admin';

// Where a banner is changes only through shipments and write-offs; here only what it is.
export const BannerEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="tag" validate={required()} />
      <TextInput source="description" validate={required()} fullWidth />
      <TextInput source="condition" validate={required()} fullWidth />
    </SimpleForm>
  </Edit>
);
