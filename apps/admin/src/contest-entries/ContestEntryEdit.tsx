import { useMemo } from 'react';
import { Alert } from '@mui/material';
import { Edit, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { UpdateContestEntrySchema, type ContestEntry } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';
import { schemaResolver } from '../common/schemaResolver';
import { ArtworkInput } from './ArtworkInput';
import { useSaveWithArtwork } from './useSaveWithArtwork';

const CurrentArtwork = ({ file, onChange }: { file: File | undefined; onChange: (file: File | undefined) => void }) => {
  const record = useRecordContext<ContestEntry>();
  return <ArtworkInput file={file} onChange={onChange} currentUrl={record?.thumbnailUrl} />;
};

// The author's own entry while entries are open; the API refuses anyone else.
export const ContestEntryEdit = () => {
  const translate = useTranslate();
  const resolver = useMemo(() => schemaResolver(UpdateContestEntrySchema), []);
  const { file, setFile, afterSave } = useSaveWithArtwork();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess: (entry: ContestEntry) => void afterSave(entry, 'ra.notification.updated') }}
    >
      <SimpleForm resolver={resolver} mode="onChange" warnWhenUnsavedChanges noValidate sx={{ maxWidth: 760 }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('summitdesk.contest_entries.moderation_note')}
        </Alert>
        <FormSection title="summitdesk.contest_entries.sections.idea">
          <TextInput source="title" isRequired />
          <TextInput source="description" isRequired multiline minRows={4} />
        </FormSection>
        <FormSection title="summitdesk.contest_entries.sections.artwork">
          <CurrentArtwork file={file} onChange={setFile} />
        </FormSection>
      </SimpleForm>
    </Edit>
  );
};
