import { formulaSafeExporter } from '../common/csvExport';
import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { DataTable, DateField, List, NullableBooleanInput, SearchInput, SimpleList, UrlField, useTranslate } from 'react-admin';
import type { Sponsor } from '@summitdesk/contracts';
import { SponsorEmpty } from './SponsorEmpty';
import { SponsorLogo } from './SponsorLogo';
import { SponsorVerifiedChip } from './SponsorVerifiedChip';

export const SponsorList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.sponsors.search')} />,
    <NullableBooleanInput key="verified" source="verified" />,
  ];
  return (
    <List exporter={formulaSafeExporter} filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<SponsorEmpty />}>
      {isSmall ? (
        <SimpleList<Sponsor>
          primaryText={(record) => record.name}
          secondaryText={(record) => record.website}
          tertiaryText={() => <SponsorVerifiedChip />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show">
          <DataTable.Col source="logoUrl" disableSort render={() => <SponsorLogo height={32} />} />
          <DataTable.Col source="name" />
          <DataTable.Col source="website" disableSort>
            <UrlField source="website" target="_blank" rel="noopener noreferrer" onClick={(event) => event.stopPropagation()} />
          </DataTable.Col>
          <DataTable.Col source="verified" disableSort render={() => <SponsorVerifiedChip />} />
          <DataTable.Col source="contactIds" align="right" disableSort render={(record: Sponsor) => record.contactIds.length} />
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
