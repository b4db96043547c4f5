import { Edit, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { UpdatePresentationSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';

export const PresentationEdit = () => {
  const translate = useTranslate();
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <SimpleForm resolver={schemaResolver(UpdatePresentationSchema)}>
        <TextInput source="title" disabled />
        <TextInput
          source="videoUrl"
          type="url"
          helperText={translate('summitdesk.presentations.video_help')}
          parse={(value: string) => value || null}
        />
      </SimpleForm>
    </Edit>
  );
};
