import { Chip } from '@mui/material';
import { DataTable, DateField, FunctionField, List, ReferenceField, SimpleList, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '@summitdesk/contracts';
import type { BannerOrder } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { ReceiveBannerButton } from './ReceiveBannerButton';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';

export const BannerOrderList = () => {
  const translate = useTranslate();
  const isSmall = useSmallScreen();
  const [locale] = useLocaleState();
  return (
    <List exporter={formulaSafeExporter} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} empty={false}>
      {isSmall ? (
        <SimpleList<BannerOrder>
          primaryText={(order) => order.description}
          secondaryText={(order) => [order.supplier, formatMoney(order.cost, order.currency, locale)].filter(Boolean).join(' · ')}
          tertiaryText={(order) => (order.bannerId ? null : translate('summitdesk.banners.orders.waiting'))}
          rowClick={(_id, _resource, order) => `/booth-proposals/${order.boothProposalId}/show`}
        />
      ) : (
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
      )}
    </List>
  );
};
