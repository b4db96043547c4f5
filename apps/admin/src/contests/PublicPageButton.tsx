import PublicIcon from '@mui/icons-material/Public';
import { Link } from 'react-router-dom';
import { useRecordContext } from 'react-admin';
import { Button } from '../common/Button';
import type { Contest } from '@summitdesk/contracts';

export const PublicPageButton = () => {
  const record = useRecordContext<Contest>();
  if (!record || record.status === 'draft') return null;
  return (
    <Button component={Link} to={`/public/contests/${record.id}`} label="summitdesk.contests.public_page">
      <PublicIcon />
    </Button>
  );
};
