import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Shipment } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./ShipmentList').then((module) => module.ShipmentList)),
  show: lazy(() => import('./ShipmentShow').then((module) => ({ default: module.ShipmentShow }))),
  edit: lazy(() => import('./ShipmentEdit').then((module) => ({ default: module.ShipmentEdit }))),
  create: lazy(() => import('./ShipmentCreate').then((module) => ({ default: module.ShipmentCreate }))),
  icon: LocalShippingIcon,
  recordRepresentation: (shipment: Shipment) => `#${shipment.id} · ${shipment.booth.eventName ?? ''}`,
};
