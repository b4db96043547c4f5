import EventIcon from '@mui/icons-material/Event';
import PublishIcon from '@mui/icons-material/Publish';
import UndoIcon from '@mui/icons-material/Undo';
import { Typography } from '@mui/material';
import {
  BooleanField,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ScheduleAnnouncementSchema, type Announcement, type AnnouncementAction } from '@summitdesk/contracts';
import { DateTimeInput } from 'react-admin';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';
import { WorkflowActionButton } from '../common/WorkflowActionButton';
import { AnnouncementBody } from './AnnouncementBody';
import { AnnouncementStatusChip } from './AnnouncementStatusChip';

const messages = 'summitdesk.announcements';
// The API says which steps this caller may take on this record (organizer, or the chair who wrote it).
const allowed = (record: Announcement) => record.allowedActions ?? [];

const Actions = () => {
  const record = useRecordContext<Announcement>();
  return (
    <TopToolbar>
      {record && record.allowedActions.length > 0 ? <EditButton /> : null}
      <WorkflowActionButton<Announcement, AnnouncementAction>
        resource="announcements"
        action="publish"
        allowedActions={allowed}
        messages={messages}
        icon={<PublishIcon />}
      />
      <WorkflowActionButton<Announcement, AnnouncementAction>
        resource="announcements"
        action="schedule"
        allowedActions={allowed}
        messages={messages}
        icon={<EventIcon />}
        color="secondary"
        dialog={(announcement, translate) => ({
          title: translate('summitdesk.announcements.dialogs.schedule.title', { title: announcement.title }),
          content: 'summitdesk.announcements.dialogs.schedule.content',
          schema: ScheduleAnnouncementSchema,
          keepLabel: 'summitdesk.announcements.dialogs.keep',
          children: (
            <DateTimeInput
              source="publishAt"
              label="resources.announcements.fields.publishAt"
              parse={(value: string) => (value ? new Date(value).toISOString() : value)}
            />
          ),
        })}
      />
      <WorkflowActionButton<Announcement, AnnouncementAction>
        resource="announcements"
        action="retract"
        allowedActions={allowed}
        messages={messages}
        icon={<UndoIcon />}
        color="warning"
      />
    </TopToolbar>
  );
};

export const AnnouncementShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <FunctionField render={(record: Announcement) => <Typography variant="h5">{record.title}</Typography>} />
      <FunctionField source="status" render={(record: Announcement) => <AnnouncementStatusChip status={record.status} />} />
      <BooleanField source="pinned" />
      <DateField source="publishAt" showTime emptyText="—" />
      <DateField source="publishedAt" showTime emptyText="—" />
      <TextField source="authorName" emptyText="—" />
      <Labeled label="resources.announcements.fields.body">
        <FunctionField render={(record: Announcement) => <AnnouncementBody html={record.bodyHtml} />} />
      </Labeled>
      <ReferenceField source="eventId" reference="events" emptyText="—" />
      <ReferenceField source="cfpId" reference="cfps" emptyText="—" />
      <ReferenceField source="contestId" reference="contests" emptyText="—" />
      <ReferenceField source="boothProposalId" reference="booth-proposals" emptyText="—" />
    </SimpleShowLayout>
    <HistoryAccordion entity="announcement" />
  </Show>
);
