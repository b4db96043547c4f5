import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Shipment } from '@summitdesk/contracts';
import { ShipmentCreate } from './ShipmentCreate';
import { ShipmentEdit } from './ShipmentEdit';
import { ShipmentList } from './ShipmentList';
import { ShipmentShow } from './ShipmentShow';

export default {
  list: ShipmentList,
  show: ShipmentShow,
  edit: ShipmentEdit,
  create: ShipmentCreate,
  icon: LocalShippingIcon,
  recordRepresentation: (shipment: Shipment) => `#${shipment.id} · ${shipment.booth.eventName ?? ''}`,
};
