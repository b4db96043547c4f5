import { Create, ReferenceInput, AutocompleteInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { CreatePresentationSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';

// A speaker opens the library record of one of their accepted or confirmed talks, then uploads the slides.
export const PresentationCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm resolver={schemaResolver(CreatePresentationSchema)}>
        <ReferenceInput source="submissionId" reference="submissions" filter={{ status: ['accepted', 'confirmed'] }}>
          <AutocompleteInput optionText="title" validate={required()} helperText={translate('summitdesk.presentations.talk_help')} />
        </ReferenceInput>
        <TextInput
          source="videoUrl"
          type="url"
          helperText={translate('summitdesk.presentations.video_help')}
          parse={(value: string) => value || null}
        />
      </SimpleForm>
    </Create>
  );
};
