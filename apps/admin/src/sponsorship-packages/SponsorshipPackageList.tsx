import { formulaSafeExporter } from '../common/csvExport';
import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { AutocompleteInput, List, ReferenceInput, SearchInput, SimpleList, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, type SponsorshipPackage } from '@summitdesk/contracts';
import { PackageEmpty } from './PackageEmpty';
import { PackagesTable } from './PackagesTable';

export const SponsorshipPackageList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.sponsorship_packages.search')} />,
    <ReferenceInput key="eventId" source="eventId" reference="events" alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
  ];
  return (
    <List exporter={formulaSafeExporter} filters={filters} sort={{ field: 'price', order: 'DESC' }} perPage={25} empty={<PackageEmpty />}>
      {isSmall ? (
        <SimpleList<SponsorshipPackage>
          primaryText={(record) => record.name}
          secondaryText={(record) => formatMoney(record.price, record.currency, locale)}
          tertiaryText={(record) =>
            translate('summitdesk.sponsorship_packages.left', { available: record.available, quantity: record.quantity })
          }
          rowClick="edit"
        />
      ) : (
        <PackagesTable />
      )}
    </List>
  );
};
