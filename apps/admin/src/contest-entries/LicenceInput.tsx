import { BooleanInput, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Contest } from '@summitdesk/contracts';

// The box names the chosen contest's own licence: consent is to that text, recorded with the entry.
export const LicenceInput = () => {
  const translate = useTranslate();
  const contestId = useWatch({ name: 'contestId' }) as number | undefined;
  const { data: contest } = useGetOne<Contest>('contests', { id: contestId ?? 0 }, { enabled: Boolean(contestId) });
  return (
    <BooleanInput
      source="licenseAccepted"
      label={translate('summitdesk.contest_entries.license_accept', { license: contest?.license ?? '…' })}
      parse={(checked: boolean) => (checked ? true : false)}
    />
  );
};
