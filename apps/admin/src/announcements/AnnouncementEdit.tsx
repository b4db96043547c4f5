import { Edit } from 'react-admin';
import { UpdateAnnouncementSchema } from '@summitdesk/contracts';
import { AnnouncementForm } from './AnnouncementForm';

export const AnnouncementEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <AnnouncementForm schema={UpdateAnnouncementSchema} />
  </Edit>
);
