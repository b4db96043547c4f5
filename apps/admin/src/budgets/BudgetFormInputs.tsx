import { useWatch } from 'react-hook-form';
import { AutocompleteInput, NumberInput, TextInput } from 'react-admin';
import { allCurrencies, toMajor, toMinor } from '../booth-proposals/money';

// Year and currency are fixed once the budget exists; the amount, sponsorship goal and note may change.
export const BudgetFormInputs = ({ creating }: { creating: boolean }) => {
  const currency = (useWatch({ name: 'currency' }) as string | undefined) ?? 'USD';
  return (
    <>
      <NumberInput source="year" isRequired step={1} disabled={!creating} />
      <AutocompleteInput
        source="currency"
        choices={allCurrencies().map((code) => ({ id: code, name: code }))}
        isRequired
        disabled={!creating}
      />
      <NumberInput
        source="amount"
        isRequired
        min={0}
        step="any"
        format={(value: number | null) => toMajor(value, currency) ?? ''}
        parse={(value: string) => toMinor(value, currency)}
      />
      <NumberInput
        source="sponsorshipGoal"
        min={0}
        step="any"
        helperText="summitdesk.budgets.sponsorship_goal_help"
        format={(value: number | null) => toMajor(value, currency) ?? ''}
        parse={(value: string) => toMinor(value, currency)}
      />
      <TextInput source="note" multiline />
    </>
  );
};
