import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LedgerKind } from '@summitdesk/contracts';

const colors: Record<LedgerKind, 'info' | 'success' | 'primary' | 'secondary' | 'warning'> = {
  allocation: 'info',
  payment: 'primary',
  sponsorship: 'success',
  refund: 'secondary',
  expense: 'warning',
};

export const LedgerKindChip = ({ kind }: { kind: LedgerKind }) => {
  const translate = useTranslate();
  return <Chip size="small" color={colors[kind]} label={translate(`summitdesk.budgets.kinds.${kind}`)} />;
};
