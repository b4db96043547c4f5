import { NumberInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { currencyExponent, isKnownCurrency } from '@summitdesk/contracts';

// People type "100" for a $100 prize; the API stores minor units (10000 cents).
export const PrizeInput = () => {
  const currency = useWatch({ name: 'currency' }) as string | undefined;
  const exponent = currency && isKnownCurrency(currency) ? currencyExponent(currency) : 2;
  return (
    <NumberInput
      source="prize"
      isRequired
      min={0}
      step={1 / 10 ** exponent}
      format={(value: number | null | undefined) => (value == null ? '' : value / 10 ** exponent)}
      parse={(value: string) => (value === '' || value == null ? null : Math.round(Number(value) * 10 ** exponent))}
      helperText="summitdesk.contests.prize_help"
    />
  );
};
