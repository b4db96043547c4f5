import { useQuery } from '@tanstack/react-query';
import type { ShipmentDashboard, ShipmentWarning } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

// The shipment counts and warnings, fetched once for all the shipment cards on the dashboard.
export const useShipmentDashboard = () =>
  useQuery({ queryKey: ['shipments', 'dashboard'], queryFn: async () => (await httpClient<ShipmentDashboard>(`${API_URL}/shipments/dashboard`)).json });

export const useShipmentWarnings = () =>
  useQuery({ queryKey: ['shipments', 'warnings'], queryFn: async () => (await httpClient<ShipmentWarning[]>(`${API_URL}/shipments/warnings`)).json });
