import { useLocaleState, useRecordContext } from 'react-admin';
import { formatList } from './dates';

// A short list (tracks, topics) as the reader's language writes it: "Core, Security and Tools".
export const ListTextField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const values = record?.[source];
  const text = Array.isArray(values) ? formatList(values.map(String), locale) : '';
  return <>{text || '—'}</>;
};
