import { Edit, SimpleForm } from 'react-admin';
import { ShipmentFormInputs } from './ShipmentFormInputs';
import { toShipmentBody } from './shipmentForm';

// The version goes back with the record, so a parcel changed meanwhile answers 409.
export const ShipmentEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={toShipmentBody}>
    <SimpleForm>
      <ShipmentFormInputs creating={false} />
    </SimpleForm>
  </Edit>
);
