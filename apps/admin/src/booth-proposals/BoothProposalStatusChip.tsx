import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type BoothProposal, type BoothProposalStatus } from '@summitdesk/contracts';
import { boothProposalStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const BoothProposalStatusChip = ({ status }: { status?: BoothProposalStatus; label?: string }) => {
  const record = useRecordContext<BoothProposal>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={boothProposalStatusColors[value]}
      label={translate(`summitdesk.statuses.booth-proposal.${value}`, { _: humanize(value) })}
    />
  );
};
