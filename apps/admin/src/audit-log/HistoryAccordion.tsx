import { useState } from 'react';
import { Accordion, AccordionDetails, AccordionSummary, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useCanAccess, useTranslate } from 'react-admin';
import type { AuditEntity } from '@summitdesk/contracts';
import { HistoryTab } from './HistoryTab';

// The record's history under its form or details, for pages that have no tabs. Fetched only when
// opened, and only offered to those who may read the audit log.
export const HistoryAccordion = ({ entity }: { entity: AuditEntity }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'audit-log', action: 'list' });
  if (!canAccess) return null;
  return (
    <Accordion expanded={open} onChange={(_event, expanded) => setOpen(expanded)} sx={{ mt: 2 }} disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography component="h2" variant="subtitle1">
          {translate('summitdesk.audit.history')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>{open ? <HistoryTab entity={entity} label={false} /> : null}</AccordionDetails>
    </Accordion>
  );
};
