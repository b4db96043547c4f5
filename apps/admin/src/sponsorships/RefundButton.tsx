import { useState } from 'react';
import ReplayIcon from '@mui/icons-material/Replay';
import { InputAdornment, TextField } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { MoneyText } from '../booth-proposals/MoneyText';
import { toMajor, toMinor } from '../booth-proposals/money';
import { useAllowedSponsorshipActions } from './useAllowedSponsorshipActions';

// Money goes back: how much (everything left by default) and why. For a card payment Stripe
// moves the money and its webhook sets the final state; a bank transfer is refunded by hand.
export const RefundButton = () => {
  const record = useRecordContext<Sponsorship>();
  const allowed = useAllowedSponsorshipActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('sponsorships');
  const [amount, setAmount] = useState('');
  if (!record || !(allowed.includes('refund_partly') || allowed.includes('refund_fully'))) return null;
  const refundable = record.amount - record.amountRefunded - (record.refundPending ?? 0);
  const minor = amount.trim() === '' ? undefined : toMinor(amount, record.currency);
  const amountProblem =
    minor === null
      ? 'summitdesk.sponsorships.dialogs.refund.amount_not_a_number'
      : minor !== undefined && (minor <= 0 || !Number.isInteger(minor))
        ? 'summitdesk.sponsorships.dialogs.refund.amount_positive'
        : minor !== undefined && minor > refundable
          ? 'summitdesk.sponsorships.dialogs.refund.amount_too_large'
          : undefined;
  return (
    <ReasonDialogButton
      label="summitdesk.sponsorships.actions.refund"
      icon={<ReplayIcon />}
      title={translate('summitdesk.sponsorships.dialogs.refund.title', { id: record.id })}
      content="summitdesk.sponsorships.dialogs.refund.content"
      reasonLabel="summitdesk.sponsorships.dialogs.reason"
      keepLabel="summitdesk.sponsorships.dialogs.keep"
      submitLabel="summitdesk.sponsorships.actions.refund"
      maxLength={500}
      isPending={isPending}
      invalid={amountProblem !== undefined}
      onConfirm={(reason, close) =>
        void run(record, 'refund', {
          data: { reason, ...(minor != null ? { amount: minor } : {}) },
          successMessage: 'summitdesk.sponsorships.done.refund',
          onSuccess: () => {
            setAmount('');
            close();
          },
        })
      }
    >
      <TextField
        fullWidth
        margin="normal"
        type="number"
        label={translate('summitdesk.sponsorships.dialogs.refund.amount')}
        placeholder={String(toMajor(refundable, record.currency))}
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={amountProblem !== undefined}
        helperText={
          amountProblem ? (
            translate(amountProblem)
          ) : (
            <>
              {translate('summitdesk.sponsorships.dialogs.refund.amount_help')} <MoneyText amount={refundable} currency={record.currency} />
            </>
          )
        }
        slotProps={{ input: { endAdornment: <InputAdornment position="end">{record.currency}</InputAdornment> }, htmlInput: { min: 0, step: 'any' } }}
      />
    </ReasonDialogButton>
  );
};
