import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Link as RouterLink } from 'react-router-dom';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { Cfp } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import { usePostToCfp } from '../cfps/useCfpApi';
import { useViewer } from '../common/useViewer';
import { useCallForBidding, useMyBiddingCalls } from './useBidding';

// On the call's page: the committee's way to its bidding page while bidding is open, and the chair's
// switch that opens or closes it (asks first; opening tells the committee).
export const BiddingActions = () => {
  const record = useRecordContext<Cfp>();
  const { seat } = useCallForBidding(record?.id as number | undefined);
  const viewer = useViewer();
  if (!record) return null;
  const chairs = viewer.role === 'organizer' || seat?.role === 'chair';
  return (
    <>
      {record.biddingOpen && seat ? (
        <Button component={RouterLink} to={`/bidding/${record.id}`} label="summitdesk.bidding.open_page">
          <HowToVoteIcon />
        </Button>
      ) : null}
      {chairs ? <BiddingSwitch cfp={record} /> : null}
    </>
  );
};

const BiddingSwitch = ({ cfp }: { cfp: Cfp }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const postToCfp = usePostToCfp();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const titleId = useId();
  const opening = !cfp.biddingOpen;
  const label = opening ? 'summitdesk.bidding.chair.open' : 'summitdesk.bidding.chair.close';
  const run = async () => {
    setPending(true);
    try {
      await postToCfp(cfp.id, opening ? 'open_bidding' : 'close_bidding', { version: cfp.version });
      notify(opening ? 'summitdesk.bidding.chair.opened' : 'summitdesk.bidding.chair.closed', { type: 'success' });
      setAsking(false);
      refresh();
    } catch (failure) {
      notifyError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label={label} onClick={() => setAsking(true)}>
        {opening ? <LockOpenIcon /> : <LockIcon />}
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>
          {translate(opening ? 'summitdesk.bidding.chair.open_title' : 'summitdesk.bidding.chair.close_title')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {translate(opening ? 'summitdesk.bidding.chair.open_body' : 'summitdesk.bidding.chair.close_body')}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setAsking(false)} />
          <Button label={label} variant="contained" disabled={pending} onClick={run} />
        </DialogActions>
      </Dialog>
    </>
  );
};

// Above the review queue: the calls whose bidding is open, each a link to its bidding page.
export const BiddingNotice = () => {
  const translate = useTranslate();
  const open = useMyBiddingCalls();
  if (open.length === 0) return null;
  return (
    <>
      {open.map((cfp) => (
        <Button
          key={cfp.id}
          component={RouterLink}
          to={`/bidding/${cfp.id}`}
          variant="outlined"
          label={translate('summitdesk.bidding.open_for', { name: cfp.title ?? `#${cfp.id}` })}
          sx={{ mb: 2, mr: 1 }}
        >
          <HowToVoteIcon />
        </Button>
      ))}
    </>
  );
};
