import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useLocaleState } from '../i18n/useLocaleState';
import type { Event } from '@summitdesk/contracts';
import { countryName } from '../common/countries';

// Venue, city and country as one line, the country by name in the reader's language.
export const EventPlaceField = ({ withVenue = false }: { label?: string; withVenue?: boolean }) => {
  const record = useRecordContext<Event>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const parts = [withVenue ? record.venue : null, record.city, record.country ? countryName(record.country, locale) : null].filter(
    (part): part is string => Boolean(part),
  );
  if (parts.length === 0) return null;
  return (
    <Typography component="span" variant="body2">
      {parts.join(', ')}
    </Typography>
  );
};
