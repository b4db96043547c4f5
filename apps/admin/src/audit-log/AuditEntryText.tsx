import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { useDescribeAuditEntry } from './useDescribeAuditEntry';

type Props = { label?: string; showTime?: boolean };

// One audit entry in words, with the state move, changed fields and note beneath.
export const AuditEntryText = ({ showTime = true }: Props) => {
  const entry = useRecordContext<AuditEntry>();
  const describe = useDescribeAuditEntry();
  const translate = useTranslate();
  if (!entry) return null;
  const { sentence, when, stateChange, changes, note } = describe(entry);
  return (
    <Box>
      <Typography variant="body2" component="p">
        <strong>{sentence}</strong>
        {showTime ? (
          <Typography component="span" variant="body2" color="text.secondary">
            <span aria-hidden="true"> · </span>
            <time dateTime={entry.at}>{when}</time>
          </Typography>
        ) : null}
      </Typography>
      {stateChange ? (
        <Typography variant="body2" color="text.secondary" component="p">
          {stateChange}
        </Typography>
      ) : null}
      {changes.length > 0 ? (
        <Box component="ul" aria-label={translate('summitdesk.audit.changes')} sx={{ m: 0, pl: 2.5 }}>
          {changes.map((change) => (
            <Typography key={change.field} component="li" variant="body2" color="text.secondary">
              {change.text}
            </Typography>
          ))}
        </Box>
      ) : null}
      {note ? (
        <Typography variant="body2" component="p" sx={{ fontStyle: 'italic' }}>
          {translate('summitdesk.audit.note', { note })}
        </Typography>
      ) : null}
    </Box>
  );
};
