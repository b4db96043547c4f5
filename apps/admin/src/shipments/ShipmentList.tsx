import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { BooleanInput, List, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { Carriers, ShipmentDirections, type Shipment } from '@summitdesk/contracts';
import { ShipmentBoard } from './ShipmentBoard';
import { ShipmentEmpty } from './ShipmentEmpty';
import { ShipmentStatusChip } from './ShipmentStatusChip';
import { shipmentExporter } from './shipmentExporter';

// Off means no filter, not the opposite filter.
const onlyWhenOn = (value: boolean) => (value ? true : undefined);

export const ShipmentList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.shipments.search')} />,
    <BooleanInput key="overdue" source="overdue" label="summitdesk.shipments.overdue" alwaysOn parse={onlyWhenOn} />,
    <SelectInput
      key="direction"
      source="direction"
      choices={ShipmentDirections.map((direction) => ({ id: direction, name: translate(`summitdesk.shipments.${direction}`) }))}
    />,
    <SelectInput
      key="carrier"
      source="carrier"
      choices={Carriers.map((carrier) => ({
        id: carrier,
        name: carrier === 'other' ? translate('summitdesk.shipments.carrier_other') : carrier,
      }))}
    />,
  ];
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={200}
      pagination={false}
      exporter={shipmentExporter}
      empty={<ShipmentEmpty />}
    >
      {isSmall ? (
        <SimpleList<Shipment>
          primaryText={(record) => `#${record.id} · ${record.booth.eventName ?? ''}`}
          secondaryText={(record) => <ShipmentStatusChip status={record.status} />}
          tertiaryText={(record) => (record.overdue ? translate('summitdesk.shipments.overdue') : '')}
          rowClick="show"
        />
      ) : (
        <ShipmentBoard />
      )}
    </List>
  );
};
