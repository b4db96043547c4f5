import { useMemo } from 'react';
import { Alert } from '@mui/material';
import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { CreateContestEntrySchema, type ContestEntry } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';
import { schemaResolver } from '../common/schemaResolver';
import { ArtworkInput } from './ArtworkInput';
import { LicenceInput } from './LicenceInput';
import { useSaveWithArtwork } from './useSaveWithArtwork';

export const ContestEntryCreate = () => {
  const translate = useTranslate();
  const resolver = useMemo(() => schemaResolver(CreateContestEntrySchema), []);
  const { file, setFile, afterSave } = useSaveWithArtwork();
  return (
    <Create mutationOptions={{ onSuccess: (entry: ContestEntry) => void afterSave(entry, 'ra.notification.created') }}>
      <SimpleForm
        resolver={resolver}
        mode="onChange"
        defaultValues={{ licenseAccepted: false }}
        warnWhenUnsavedChanges
        noValidate
        sx={{ maxWidth: 760 }}
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('summitdesk.contest_entries.moderation_note')}
        </Alert>
        <FormSection title="summitdesk.contest_entries.sections.idea">
          <ReferenceInput source="contestId" reference="contests" filter={{ status: 'entries_open' }}>
            <AutocompleteInput isRequired />
          </ReferenceInput>
          <TextInput source="title" isRequired />
          <TextInput source="description" isRequired multiline minRows={4} />
        </FormSection>
        <FormSection title="summitdesk.contest_entries.sections.artwork">
          <ArtworkInput file={file} onChange={setFile} />
        </FormSection>
        <FormSection title="summitdesk.contest_entries.sections.licence">
          <LicenceInput />
        </FormSection>
      </SimpleForm>
    </Create>
  );
};
