import LightbulbIcon from '@mui/icons-material/Lightbulb';
import PushPinIcon from '@mui/icons-material/PushPin';
import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateField,
  ExportButton,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Button } from '../common/Button';
import { Link as RouterLink } from 'react-router-dom';
import { AnnouncementStatuses, type Announcement, type Role } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
import { AnnouncementStatusChip } from './AnnouncementStatusChip';

const ListActions = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <TopToolbar>
      <Button component={RouterLink} to="/announcements/suggestions" label="summitdesk.announcements.suggestions.open">
        <LightbulbIcon />
      </Button>
      {permissions ? <CreateButton /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

export const AnnouncementList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      choices={AnnouncementStatuses.map((status) => ({ id: status, name: translate(`summitdesk.statuses.announcement.${status}`) }))}
    />,
  ];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<Announcement>
          primaryText={(record) => `${record.pinned ? '📌 ' : ''}${record.title}`}
          secondaryText={(record) => <AnnouncementStatusChip status={record.status} />}
          tertiaryText={(record) => (record.publishedAt ? new Date(record.publishedAt).toLocaleDateString() : '')}
          rowClick="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="title" />
          <FunctionField source="status" render={(record: Announcement) => <AnnouncementStatusChip status={record.status} />} />
          <FunctionField
            source="pinned"
            render={(record: Announcement) =>
              record.pinned ? <PushPinIcon fontSize="small" titleAccess={translate('resources.announcements.fields.pinned')} /> : null
            }
          />
          <DateField source="publishedAt" showTime />
          <DateField source="publishAt" showTime />
          <TextField source="authorName" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
