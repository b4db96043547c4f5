import { useId, useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { useNotifyError } from '../common/errors';
import { useSaveTopicInterests, useTopicInterests } from './useBidding';

const VALUES = [2, 1, 0, -1, -2] as const;

// The caller's interest in each topic of the committee's call, set once and saved as a whole.
export const TopicInterestsDialog = ({
  committeeId,
  open,
  onClose,
}: {
  committeeId: number;
  open: boolean;
  onClose: (saved: boolean) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const titleId = useId();
  const { data, refetch } = useTopicInterests(open ? committeeId : undefined);
  const saveTopicInterests = useSaveTopicInterests();
  // The member's changes over what is stored, dropped when the dialog closes.
  const [edits, setEdits] = useState<Record<string, number>>({});
  const [pending, setPending] = useState(false);
  const stored = Object.fromEntries((data?.interests ?? []).map((interest) => [interest.topic, interest.value]));
  const values: Record<string, number> = { ...stored, ...edits };
  const close = (saved: boolean) => {
    setEdits({});
    onClose(saved);
  };
  const topics = data?.topics ?? [];
  const save = async () => {
    setPending(true);
    try {
      await saveTopicInterests(
        committeeId,
        topics.map((topic) => ({ topic, value: values[topic] ?? 0 })),
      );
      notify('summitdesk.bidding.interests.saved', { type: 'success' });
      await refetch();
      close(true);
    } catch (failure) {
      notifyError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open={open} onClose={() => close(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('summitdesk.bidding.interests.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('summitdesk.bidding.interests.intro')}</DialogContentText>
        {data && topics.length === 0 ? <Alert severity="info">{translate('summitdesk.bidding.interests.none')}</Alert> : null}
        <Stack spacing={2}>
          {topics.map((topic) => (
            <TextField
              key={topic}
              select
              size="small"
              label={topic}
              value={String(values[topic] ?? 0)}
              onChange={(event) => setEdits((before) => ({ ...before, [topic]: Number(event.target.value) }))}
            >
              {VALUES.map((value) => (
                <MenuItem key={value} value={String(value)}>
                  {translate(`summitdesk.bidding.interests.values.${value}`)}
                </MenuItem>
              ))}
            </TextField>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={() => close(false)} />
        <Button label="summitdesk.bidding.interests.save" variant="contained" disabled={pending || !data} onClick={save} />
      </DialogActions>
    </Dialog>
  );
};
