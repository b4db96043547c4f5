import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Cfp, CfpState } from '@summitdesk/contracts';

const COLORS: Record<CfpState, 'default' | 'success' | 'info'> = { upcoming: 'info', open: 'success', closed: 'default' };

export const CfpStateChip = (_props: { label?: string }) => {
  const record = useRecordContext<Cfp>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={COLORS[record.state]} label={translate(`summitdesk.cfp_program.cfp.states.${record.state}`)} />;
};
