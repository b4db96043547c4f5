import { Chip } from '@mui/material';
import { DataTable, DateField, FunctionField, List, ReferenceField, useTranslate } from 'react-admin';
import type { BannerOrder } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { ReceiveBannerButton } from './ReceiveBannerButton';
import { formulaSafeExporter } from '../common/csvExport';

export const BannerOrderList = () => {
  const translate = useTranslate();
  return (
    <List exporter={formulaSafeExporter} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable<BannerOrder> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="boothProposalId" disableSort>
          <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="cost" disableSort>
          <FunctionField<BannerOrder> render={(order) => <MoneyText amount={order.cost} currency={order.currency} />} />
        </DataTable.Col>
        <DataTable.Col source="supplier" disableSort />
        <DataTable.Col source="createdAt">
          <DateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="bannerId" disableSort>
          <FunctionField<BannerOrder>
            render={(order) =>
              order.bannerId ? (
                <ReferenceField source="bannerId" reference="banners" link="show" />
              ) : (
                <Chip size="small" label={translate('summitdesk.banners.orders.waiting')} />
              )
            }
          />
        </DataTable.Col>
        <DataTable.Col disableSort>
          <ReceiveBannerButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
