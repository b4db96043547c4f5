import { Create, SimpleForm } from 'react-admin';
import { ShipmentFormInputs } from './ShipmentFormInputs';
import { toShipmentBody } from './shipmentForm';

export const ShipmentCreate = () => (
  <Create redirect="show" transform={toShipmentBody}>
    <SimpleForm defaultValues={{ direction: 'outbound', lines: [{ kind: 'item' }] }}>
      <ShipmentFormInputs creating />
    </SimpleForm>
  </Create>
);
