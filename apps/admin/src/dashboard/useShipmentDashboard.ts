import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ShipmentDashboard, ShipmentWarning } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

// The shipment counts and warnings, fetched once for all the shipment cards on the dashboard.
export const useShipmentDashboard = () => {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['shipments', 'dashboard'],
    queryFn: async () => (await dataProvider.getView<ShipmentDashboard>('shipments', { view: 'dashboard' })).data,
  });
};

export const useShipmentWarnings = () => {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['shipments', 'warnings'],
    queryFn: async () => (await dataProvider.getView<ShipmentWarning[]>('shipments', { view: 'warnings' })).data,
  });
};
