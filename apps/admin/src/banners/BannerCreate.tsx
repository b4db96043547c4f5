import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { CreateBannerSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';

export const BannerCreate = () => (
  <Create redirect="show">
    <SimpleForm resolver={schemaResolver(CreateBannerSchema)} defaultValues={{ condition: 'good' }}>
      <TextInput source="tag" validate={required()} helperText="B-3" />
      <TextInput source="description" validate={required()} fullWidth />
      <TextInput source="condition" fullWidth />
    </SimpleForm>
  </Create>
);
