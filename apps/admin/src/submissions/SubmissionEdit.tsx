import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateSubmissionSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { SubmissionFormInputs } from './SubmissionFormInputs';

// After the deadline the API refuses fields the chair did not leave open, naming them beside the inputs.
export const SubmissionEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateSubmissionSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <SubmissionFormInputs />
      </SimpleForm>
    </Edit>
  );
};
