import { NumberInput, TextInput, useTranslate } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { toMajor, toMinor } from '../booth-proposals/money';

// How much goes back (empty: everything not yet refunded) and why. The form holds minor units as
// the contract does; the input shows and takes major units in the sponsorship's currency.
export const RefundAmountInput = ({ sponsorship }: { sponsorship: Sponsorship }) => {
  const translate = useTranslate();
  const refundable = sponsorship.amount - sponsorship.amountRefunded - (sponsorship.refundPending ?? 0);
  return (
    <>
      <NumberInput
        source="amount"
        label={`${translate('summitdesk.sponsorships.dialogs.refund.amount')} (${sponsorship.currency})`}
        format={(minor) => toMajor(minor as number | null | undefined, sponsorship.currency) ?? ''}
        parse={(major) => toMinor(major, sponsorship.currency) ?? undefined}
        placeholder={String(toMajor(refundable, sponsorship.currency))}
        helperText={
          <>
            {translate('summitdesk.sponsorships.dialogs.refund.amount_help')}{' '}
            <MoneyText amount={refundable} currency={sponsorship.currency} />
          </>
        }
        fullWidth
        margin="normal"
        variant="outlined"
        min={0}
        step="any"
      />
      <TextInput
        source="reason"
        label="summitdesk.sponsorships.dialogs.reason"
        isRequired
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </>
  );
};

// A bank transfer's reference as it appears on the statement.
export const ReferenceInput = () => (
  <TextInput
    source="reference"
    label="summitdesk.sponsorships.dialogs.record_payment.reference"
    helperText="summitdesk.sponsorships.dialogs.record_payment.reference_help"
    isRequired
    autoFocus
    fullWidth
    margin="normal"
    variant="outlined"
  />
);
