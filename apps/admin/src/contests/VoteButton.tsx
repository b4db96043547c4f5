import { Chip } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { useCreate, useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { ContestEntry } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';

type Props = { entry: ContestEntry; myVote: number | undefined; onVoted: () => void };

// One vote per contest: voting for another entry moves it. The server's refusal is shown as it says it.
export const VoteButton = ({ entry, myVote, onVoted }: Props) => {
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  if (myVote === entry.id) {
    return <Chip color="success" icon={<CheckCircleIcon />} label={translate('summitdesk.contests.your_vote')} />;
  }
  const vote = () =>
    create(
      'votes',
      { data: { contestId: entry.contestId, entryId: entry.id } },
      {
        onSuccess: () => {
          notify('summitdesk.contests.vote_saved', { type: 'success' });
          onVoted();
        },
        onError: (error) => {
          notifyError(error);
        },
      },
    );
  return (
    <Button
      label={myVote ? 'summitdesk.contests.change_vote' : 'summitdesk.contests.vote'}
      variant={myVote ? 'text' : 'outlined'}
      disabled={isPending}
      onClick={vote}
    >
      <HowToVoteIcon />
    </Button>
  );
};
