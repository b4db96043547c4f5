import { formulaSafeExporter } from '../common/csvExport';
import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { AutocompleteInput, List, ReferenceInput, SelectInput, SimpleList, useLocaleState, useTranslate } from 'react-admin';
import { SponsorshipStatuses, formatMoney, type Sponsorship } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { SponsorshipEmpty } from './SponsorshipEmpty';
import { SponsorshipFilterSidebar } from './SponsorshipFilterSidebar';
import { SponsorshipStatusChip } from './SponsorshipStatusChip';
import { SponsorshipsTable } from './SponsorshipsTable';

export const SponsorshipList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [
    <ReferenceInput key="sponsorId" source="sponsorId" reference="sponsors" alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="eventId" source="eventId" reference="events">
      <AutocompleteInput />
    </ReferenceInput>,
    ...(isSmall
      ? [
          <SelectInput
            key="status"
            source="status"
            choices={SponsorshipStatuses.map((status) => ({
              id: status,
              name: translate(`summitdesk.statuses.sponsorship.${status}`, { _: humanize(status) }),
            }))}
          />,
        ]
      : []),
  ];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      aside={isSmall ? undefined : <SponsorshipFilterSidebar />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={<SponsorshipEmpty />}
    >
      {isSmall ? (
        <SimpleList<Sponsorship>
          primaryText={(record) => `#${record.id} · ${formatMoney(record.amount, record.currency, locale)}`}
          secondaryText={(record) => <SponsorshipStatusChip status={record.status} />}
          rowClick="show"
        />
      ) : (
        <SponsorshipsTable withSponsor />
      )}
    </List>
  );
};
