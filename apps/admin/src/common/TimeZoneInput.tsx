import { AutocompleteInput, useRecordContext, type AutocompleteInputProps } from 'react-admin';
import { useMemo } from 'react';
import { allTimeZones } from './dates';

// IANA zones the browser knows; a record's zone outside that list (an old alias) stays selectable.
export const TimeZoneInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const record = useRecordContext();
  const current = props.source ? (record?.[props.source] as string | undefined) : undefined;
  const choices = useMemo(() => {
    const zones = allTimeZones();
    const list = current && !zones.includes(current) ? [current, ...zones] : zones;
    return list.map((zone) => ({ id: zone, name: zone.replace(/_/g, ' ') }));
  }, [current]);
  return <AutocompleteInput choices={choices} {...props} />;
};
