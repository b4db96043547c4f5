import PostAddIcon from '@mui/icons-material/PostAdd';
import { useState } from 'react';
import { useDataProvider } from 'react-admin';
import { Button } from '../common/Button';
import { useNavigate } from 'react-router-dom';
import { nextIsoWeek, type Digest } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';

// Opens next week's issue: composed from the data now (or the existing draft, refreshed).
export const ComposeNextWeekButton = () => {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [pending, setPending] = useState(false);
  const week = nextIsoWeek();
  const open = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.create<Digest>('digests', { data: { week } });
      void navigate(`/digests/${data.id}/show`);
    } catch (error) {
      notifyError(error);
      setPending(false);
    }
  };
  return (
    <Button label="summitdesk.digests.compose_next" onClick={() => void open()} disabled={pending}>
      <PostAddIcon />
    </Button>
  );
};
