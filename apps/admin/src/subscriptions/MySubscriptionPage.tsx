import { BooleanInput, CheckboxGroupInput, Edit, SaveButton, SelectInput, SimpleForm, Title, Toolbar } from 'react-admin';
import { UpdateMySubscriptionSchema } from '@summitdesk/contracts';
import { CountryInput } from '../common/CountryInput';
import { FormSection } from '../common/FormSection';
import { schemaResolver } from '../common/schemaResolver';
import { languageChoices, topicChoices } from './topicChoices';

// A member's news settings: the weekly digest, topics, language, and whether the digest may thank
// them by name ("members in action").
export const MySubscriptionPage = () => (
  <>
    <Title title="summitdesk.subscriptions.settings.title" />
    <Edit resource="subscriptions" id="me" redirect={false} mutationMode="pessimistic" title=" " actions={false}>
      <SimpleForm
        resolver={schemaResolver(UpdateMySubscriptionSchema)}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <FormSection title="summitdesk.subscriptions.settings.mail">
          <BooleanInput source="digest" label="summitdesk.subscriptions.fields.digest" />
          <CheckboxGroupInput source="topics" label="summitdesk.subscriptions.fields.topics" choices={topicChoices} />
          <CountryInput source="country" label="summitdesk.subscriptions.fields.country" />
          <SelectInput source="language" label="summitdesk.subscriptions.fields.language" choices={languageChoices} />
        </FormSection>
        <FormSection title="summitdesk.subscriptions.settings.credit">
          <BooleanInput
            source="creditConsent"
            label="summitdesk.subscriptions.fields.creditConsent"
            helperText="summitdesk.subscriptions.settings.credit_help"
          />
        </FormSection>
      </SimpleForm>
    </Edit>
  </>
);
