import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Radio, RadioGroup } from '@mui/material';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { Button, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney, type Contest } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedContestActions } from './useAllowedContestActions';
import { usePublicContest } from './usePublicContest';

// Spending the prize opens a dialog naming the amount; only entries tied for first place can win.
export const AwardButton = () => {
  const record = useRecordContext<Contest>();
  const allowed = useAllowedContestActions(record);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, isPending } = useRecordAction('contests');
  const [open, setOpen] = useState(false);
  const [entryId, setEntryId] = useState<number | undefined>();
  const titleId = useId();
  const mayAward = Boolean(record && allowed.includes('award'));
  const { contest } = usePublicContest(mayAward ? record?.id : undefined, record?.version);
  if (!record || !mayAward) return null;
  const leaders = (contest?.results ?? []).filter((result) => result.rank === 1);
  const prize = formatMoney(record.prize, record.currency, locale);
  const chosen = entryId ?? (leaders.length === 1 ? leaders[0].entryId : undefined);
  return (
    <>
      <Button label="summitdesk.contests.actions.award" color="success" disabled={leaders.length === 0} onClick={() => setOpen(true)}>
        <EmojiEventsIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{translate('summitdesk.contests.award_dialog.title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {translate('summitdesk.contests.award_dialog.content', { prize, currency: record.currency })}
          </DialogContentText>
          <RadioGroup
            aria-label={translate('summitdesk.contests.award_dialog.winner')}
            value={chosen ?? ''}
            onChange={(event) => setEntryId(Number(event.target.value))}
          >
            {leaders.map((leader) => (
              <FormControlLabel
                key={leader.entryId}
                value={leader.entryId}
                control={<Radio />}
                label={`${leader.title} — ${leader.authorName} (${translate('summitdesk.contests.award_dialog.votes', { smart_count: leader.votes })})`}
              />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button label="summitdesk.contests.award_dialog.keep" onClick={() => setOpen(false)} />
          <Button
            label={translate('summitdesk.contests.award_dialog.submit', { prize })}
            variant="contained"
            color="success"
            disabled={isPending || chosen === undefined}
            onClick={() =>
              run(record, 'award', {
                data: { entryId: chosen },
                successMessage: 'summitdesk.contests.done.award',
                onSuccess: () => setOpen(false),
              })
            }
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
