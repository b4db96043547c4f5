import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { DialogContentText } from '@mui/material';
import { RadioButtonGroupInput, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { AwardContestSchema, formatMoney, type Contest } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
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
  const mayAward = Boolean(record && allowed.includes('award'));
  const { contest } = usePublicContest(mayAward ? record?.id : undefined, record?.version);
  if (!record || !mayAward) return null;
  const leaders = (contest?.results ?? []).filter((result) => result.rank === 1);
  const prize = formatMoney(record.prize, record.currency, locale);
  return (
    <ReasonDialogButton
      label="summitdesk.contests.actions.award"
      icon={<EmojiEventsIcon />}
      color="success"
      disabled={leaders.length === 0}
      title={translate('summitdesk.contests.award_dialog.title', { title: record.title })}
      schema={AwardContestSchema}
      defaults={leaders.length === 1 ? { entryId: leaders[0].entryId } : {}}
      keepLabel="summitdesk.contests.award_dialog.keep"
      submitLabel={translate('summitdesk.contests.award_dialog.submit', { prize })}
      isPending={isPending}
      onConfirm={(data, close) =>
        run(record, 'award', { data: { entryId: data.entryId }, successMessage: 'summitdesk.contests.done.award', onSuccess: close })
      }
    >
      <>
        <DialogContentText>{translate('summitdesk.contests.award_dialog.content', { prize, currency: record.currency })}</DialogContentText>
        <RadioButtonGroupInput
          source="entryId"
          label="summitdesk.contests.award_dialog.winner"
          row={false}
          helperText={false}
          translateChoice={false}
          choices={leaders.map((leader) => ({
            id: leader.entryId,
            name:
              `${leader.title} — ${leader.authorName} ` +
              `(${translate('summitdesk.contests.award_dialog.votes', { smart_count: leader.votes })})`,
          }))}
        />
      </>
    </ReasonDialogButton>
  );
};
