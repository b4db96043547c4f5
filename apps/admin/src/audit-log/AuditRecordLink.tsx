import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { useCreatePath, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { resourceForEntity } from './entities';
import { useRecordTypeLabel } from './useRecordTypeLabel';

// "event #7", linked to the record's page when the admin has that resource (deleted records 404 there).
export const AuditRecordLink = (_props: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const resources = useResourceDefinitions();
  const recordType = useRecordTypeLabel();
  if (!entry) return null;
  const text = `${recordType(entry.entity)} #${entry.entityId}`;
  const resource = resourceForEntity(entry.entity);
  if (!resources[resource]?.hasShow) return <span>{text}</span>;
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource, id: entry.entityId, type: 'show' })}
      aria-label={translate('summitdesk.audit.open_record', { record: text })}
      onClick={(event) => event.stopPropagation()}
    >
      {text}
    </Link>
  );
};
