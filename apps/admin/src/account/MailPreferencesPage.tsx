import { Typography } from '@mui/material';
import { BooleanInput, Edit, SaveButton, SelectInput, SimpleForm, Title, Toolbar, useTranslate } from 'react-admin';
import { OptionalMailKinds, RequiredMailKinds, UpdateMailPreferencesSchema } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';
import { schemaResolver } from '../common/schemaResolver';

const languageChoices = [
  { id: 'en', name: 'summitdesk.mail_settings.languages.en' },
  { id: 'de', name: 'summitdesk.mail_settings.languages.de' },
];

// A member's mail: the language it is written in and which optional kinds they get. The kinds that
// always go out are listed, so nobody wonders why they cannot be turned off.
export const MailPreferencesPage = () => {
  const translate = useTranslate();
  const kindName = (kind: string) => translate(`summitdesk.outgoing_mails.kinds.${kind}`, { _: kind });
  return (
    <>
      <Title title="summitdesk.mail_settings.title" />
      <Edit resource="mail-preferences" id="me" redirect={false} mutationMode="pessimistic" title=" " actions={false}>
        <SimpleForm
          resolver={schemaResolver(UpdateMailPreferencesSchema)}
          toolbar={
            <Toolbar>
              <SaveButton />
            </Toolbar>
          }
        >
          <FormSection title="summitdesk.mail_settings.language">
            <SelectInput source="language" label="summitdesk.mail_settings.language" choices={languageChoices} />
          </FormSection>
          <FormSection title="summitdesk.mail_settings.optional">
            <Typography variant="body2" color="text.secondary">
              {translate('summitdesk.mail_settings.optional_help')}
            </Typography>
            {OptionalMailKinds.map((kind) => (
              <BooleanInput key={kind} source={`kinds.${kind}`} label={kindName(kind)} />
            ))}
            <Typography variant="body2" color="text.secondary">
              {translate('summitdesk.mail_settings.required')} {RequiredMailKinds.map(kindName).join(', ')}
            </Typography>
          </FormSection>
        </SimpleForm>
      </Edit>
    </>
  );
};
