import { useState } from 'react';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Button } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { Sponsorship, SponsorshipPackage } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import { sponsorshipReturnPath } from './returnUrl';

type Props = { sponsorshipPackage: SponsorshipPackage; sponsorId: number | undefined; card: boolean; disabledReason?: string };

// One button: the API creates the sponsorship (price from the package, never from here) and, with
// Stripe configured, a Checkout Session we hand the browser to. Without one it is a bank transfer.
export const PayButton = ({ sponsorshipPackage, sponsorId, card, disabledReason }: Props) => {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const navigate = useNavigate();
  const dataProvider = useDataProvider();
  const [isPending, setPending] = useState(false);
  const disabled = isPending || sponsorId === undefined || Boolean(disabledReason);

  const pay = async () => {
    if (sponsorId === undefined) return;
    setPending(true);
    try {
      const { data: sponsorship } = await dataProvider.create<Sponsorship>('sponsorships', {
        data: { packageId: sponsorshipPackage.id, sponsorId },
      });
      if (sponsorship.checkoutUrl) {
        window.location.assign(sponsorship.checkoutUrl);
        return;
      }
      void navigate(sponsorshipReturnPath(sponsorship.id, 'bank_transfer'));
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Button
      variant="contained"
      fullWidth
      startIcon={card ? <CreditCardIcon /> : <AccountBalanceIcon />}
      disabled={disabled}
      onClick={() => void pay()}
    >
      {/* The package is named in the visible text, so speech users can say what they see (WCAG 2.5.3). */}
      {isPending
        ? translate('summitdesk.sponsor_page.starting')
        : translate(card ? 'summitdesk.sponsor_page.pay_for' : 'summitdesk.sponsor_page.reserve_for', { name: sponsorshipPackage.name })}
    </Button>
  );
};
