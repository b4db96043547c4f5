import { lazy } from 'react';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Shipment } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./ShipmentList').then((module) => ({ default: module.ShipmentList }))),
  show: lazy(() => import('./ShipmentShow').then((module) => ({ default: module.ShipmentShow }))),
  edit: lazy(() => import('./ShipmentEdit').then((module) => ({ default: module.ShipmentEdit }))),
  create: lazy(() => import('./ShipmentCreate').then((module) => ({ default: module.ShipmentCreate }))),
  icon: LocalShippingIcon,
  recordRepresentation: (shipment: Shipment) => `#${shipment.id} · ${shipment.booth.eventName ?? ''}`,
};
