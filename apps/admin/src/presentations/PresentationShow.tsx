import { Box, Link, Typography } from '@mui/material';
import type { Presentation } from '@summitdesk/contracts';
import { Link as RouterLink } from 'react-router-dom';
import {
  DateField,
  EditButton,
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useGetIdentity,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { SlidesUploadButton } from './SlidesUploadButton';
import { SpeakerNames } from './SpeakerNames';

// Speakers upload and replace; organizers read (they change nothing on a talk they do not speak in).
const Actions = () => {
  const record = useRecordContext<Presentation>();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions();
  const isSpeaker = permissions !== 'organizer' || record?.speakers.some((speaker) => speaker.name === identity?.fullName);
  return <TopToolbar>{isSpeaker ? [<SlidesUploadButton key="upload" />, <EditButton key="edit" />] : null}</TopToolbar>;
};

const Preview = () => {
  const record = useRecordContext<Presentation>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.previewUrl) return <Typography color="text.secondary">{translate('summitdesk.presentations.no_slides')}</Typography>;
  return (
    <Box
      component="img"
      src={record.previewUrl}
      alt={translate('summitdesk.presentations.preview_of', { title: record.title })}
      sx={{ maxWidth: '100%', width: 480, border: 1, borderColor: 'divider', borderRadius: 1 }}
    />
  );
};

const PublicLink = () => {
  const record = useRecordContext<Presentation>();
  const translate = useTranslate();
  if (!record?.isPublic) return <Typography color="text.secondary">{translate('summitdesk.presentations.not_public')}</Typography>;
  return (
    <Link component={RouterLink} to={`/public/presentations/${record.id}`}>
      {translate('summitdesk.presentations.open_public')}
    </Link>
  );
};

export const PresentationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="eventName" />
      <Labeled source="speakers">
        <SpeakerNames />
      </Labeled>
      <TextField source="track" emptyText="—" />
      <Preview />
      <NumberField source="pageCount" emptyText="—" />
      <DateField source="uploadedAt" showTime emptyText="—" />
      <UrlField source="videoUrl" target="_blank" rel="noopener noreferrer" emptyText="—" />
      <NumberField source="views" />
      <NumberField source="downloads" />
      <Labeled source="isPublic">
        <PublicLink />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
