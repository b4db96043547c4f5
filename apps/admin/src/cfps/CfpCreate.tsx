import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { CreateCfpSchema } from '@summitdesk/contracts';
import { browserTimeZone } from '../common/dates';
import { schemaResolver } from '../common/schemaResolver';
import { CfpFormInputs } from './CfpFormInputs';

const DAY = 86_400_000;
const at = (days: number) => new Date(Math.ceil((Date.now() + days * DAY) / 3_600_000) * 3_600_000).toISOString();

// Sensible first windows: open tomorrow for four weeks, review for the three weeks after.
export const CfpCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateCfpSchema), []);
  const defaults = useMemo(
    () => ({
      opensAt: at(1),
      closesAt: at(29),
      reviewOpensAt: at(29),
      reviewClosesAt: at(50),
      timeZone: browserTimeZone(),
      anonymousReview: true,
      reviewsPerSubmission: 3,
      formats: [
        { name: 'talk', minutes: 30 },
        { name: 'keynote', minutes: 45 },
        { name: 'BoF', minutes: 60 },
        { name: 'lightning', minutes: 5 },
      ],
      tracks: [],
      topics: [],
      editableAfterClose: ['abstract'],
      phases: [],
    }),
    [],
  );
  return (
    <Create redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" defaultValues={defaults} noValidate>
        <CfpFormInputs creating />
      </SimpleForm>
    </Create>
  );
};
