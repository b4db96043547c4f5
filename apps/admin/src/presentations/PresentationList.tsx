import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import type { Presentation } from '@summitdesk/contracts';
import {
  CreateButton,
  DataTable,
  DateField,
  EmptyClasses,
  List,
  NumberField,
  SearchInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { formulaSafeExporter } from '../common/csvExport';
import { SpeakerNames } from './SpeakerNames';

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box className={EmptyClasses.message} sx={{ textAlign: 'center', m: 4 }}>
      <Typography variant="h6" component="p" sx={{ mb: 2 }}>
        {translate('summitdesk.presentations.empty')}
      </Typography>
      <CreateButton label="summitdesk.presentations.create" />
    </Box>
  );
};

// Organizers see every talk's library record; a speaker sees those of their own accepted talks.
export const PresentationList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [<SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.presentations.search')} />];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      sort={{ field: 'uploadedAt', order: 'DESC' }}
      empty={<Empty />}
      actions={
        <TopToolbar>
          <CreateButton label="summitdesk.presentations.create" />
        </TopToolbar>
      }
    >
      {isSmall ? (
        <SimpleList<Presentation>
          primaryText={(record) => record.title}
          secondaryText={(record) => `${record.eventName} · ${record.speakers.map((speaker) => speaker.name).join(', ')}`}
          tertiaryText={(record) => translate('summitdesk.presentations.views_count', { smart_count: record.views })}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show">
          <DataTable.Col source="title" />
          <DataTable.Col source="eventName" disableSort />
          <DataTable.Col source="speakers" disableSort render={() => <SpeakerNames />} />
          <DataTable.Col source="uploadedAt">
            <DateField source="uploadedAt" />
          </DataTable.Col>
          <DataTable.Col source="views" align="right">
            <NumberField source="views" />
          </DataTable.Col>
          <DataTable.Col source="downloads" align="right">
            <NumberField source="downloads" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
