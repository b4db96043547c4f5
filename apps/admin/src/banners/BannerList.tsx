import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { DataTable, DateField, List, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { BannerLocations, type Banner } from '@summitdesk/contracts';
import { BannerEmpty } from './BannerEmpty';
import { BannerLocationChip } from './BannerLocationChip';
import { BannerWhereField } from './BannerWhereField';
import { formulaSafeExporter } from '../common/csvExport';
import { dateTimeOptions } from '../common/dates';

export const BannerList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.banners.search')} />,
    <SelectInput
      key="location"
      source="location"
      alwaysOn
      choices={BannerLocations.map((location) => ({ id: location, name: translate(`summitdesk.statuses.banner.${location}`) }))}
    />,
  ];
  return (
    <List exporter={formulaSafeExporter} filters={filters} sort={{ field: 'tag', order: 'ASC' }} perPage={25} empty={<BannerEmpty />}>
      {isSmall ? (
        <SimpleList<Banner>
          primaryText={(record) => `${record.tag} · ${record.description}`}
          secondaryText={(record) => <BannerLocationChip location={record.location} />}
          rowClick="show"
        />
      ) : (
        <DataTable<Banner> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="tag" />
          <DataTable.Col source="description" disableSort />
          <DataTable.Col source="condition" disableSort />
          <DataTable.Col source="location">
            <BannerWhereField />
          </DataTable.Col>
          <DataTable.Col source="updatedAt">
            <DateField source="updatedAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
