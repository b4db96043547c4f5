import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import { Link } from 'react-router-dom';
import { useCreatePath, useRecordContext } from 'react-admin';
import { Button } from '../common/Button';
import type { Contest } from '@summitdesk/contracts';

// Members enter while the entry window is open; the form opens with this contest chosen.
export const EnterContestButton = () => {
  const record = useRecordContext<Contest>();
  const createPath = useCreatePath();
  if (!record || record.status !== 'entries_open') return null;
  const source = encodeURIComponent(JSON.stringify({ contestId: record.id }));
  const to = `${createPath({ resource: 'contest-entries', type: 'create' })}?source=${source}`;
  return (
    <Button component={Link} to={to} label="summitdesk.contests.enter">
      <AddPhotoAlternateIcon />
    </Button>
  );
};
