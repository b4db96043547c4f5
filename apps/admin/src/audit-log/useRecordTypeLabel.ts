import { useTranslate } from 'react-admin';
import { humanize } from '../common/text';
import { resourceForEntity } from './entities';

// "Event", "Booth proposal": an audit entity named by its resource's singular label, in the reader's language.
export function useRecordTypeLabel() {
  const translate = useTranslate();
  return (entity: string) => translate(`resources.${resourceForEntity(entity)}.name`, { smart_count: 1, _: humanize(entity) });
}
