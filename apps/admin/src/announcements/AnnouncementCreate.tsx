import { Create } from 'react-admin';
import { CreateAnnouncementSchema } from '@summitdesk/contracts';
import { AnnouncementForm } from './AnnouncementForm';

export const AnnouncementCreate = () => (
  <Create redirect="show">
    <AnnouncementForm schema={CreateAnnouncementSchema} />
  </Create>
);
