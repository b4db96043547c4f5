import { useLocaleState } from 'react-admin';
import { formatMoney } from '@summitdesk/contracts';

// An amount in minor units, shown in its currency and the reader's language.
export const MoneyText = ({ amount, currency }: { amount: number | null | undefined; currency: string | null | undefined }) => {
  const [locale] = useLocaleState();
  if (amount === null || amount === undefined || !currency) return <>—</>;
  return <>{formatMoney(amount, currency, locale)}</>;
};
