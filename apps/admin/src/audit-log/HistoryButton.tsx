import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton, Tooltip } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntity } from '@summitdesk/contracts';
import { HistoryTab } from './HistoryTab';

// A row's history in a dialog, for records that live in a list without a page of their own
// (booth shifts, conflicts, committee seats).
export const HistoryButton = ({ entity }: { entity: AuditEntity }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'audit-log', action: 'list' });
  if (!record || !canAccess) return null;
  const title = translate('summitdesk.audit.history');
  return (
    <>
      <Tooltip title={title}>
        <IconButton
          aria-label={title}
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            setOpen(true);
          }}
        >
          <HistoryIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" onClick={(event) => event.stopPropagation()}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{open ? <HistoryTab entity={entity} recordId={record.id} label={false} /> : null}</DialogContent>
      </Dialog>
    </>
  );
};
