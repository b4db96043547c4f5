import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import type { Submission } from '@summitdesk/contracts';
import { DecideButton } from './DecideButton';
import { SubmissionActionButton } from './SubmissionActionButton';

const EDITABLE = new Set(['draft', 'submitted', 'in_review', 'waitlisted', 'accepted', 'confirmed']);

export const SubmissionShowActions = () => {
  const record = useRecordContext<Submission>();
  return (
    <TopToolbar>
      <SubmissionActionButton action="submit" icon={<SendIcon />} />
      <SubmissionActionButton action="confirm" icon={<CheckCircleIcon />} />
      <SubmissionActionButton action="decline" icon={<DoNotDisturbIcon />} color="warning" />
      <SubmissionActionButton action="withdraw" icon={<UndoIcon />} color="warning" />
      <DecideButton />
      {record?.viewerRole === 'speaker' && EDITABLE.has(record.status) ? <EditButton /> : null}
    </TopToolbar>
  );
};
