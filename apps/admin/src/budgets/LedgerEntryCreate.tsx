import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  Create,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { CreateLedgerEntrySchema, ManualLedgerKinds, type Budget } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { toMajor, toMinor } from '../booth-proposals/money';

// Money in or out by hand (sponsorship, refund, expense); allocations and payments come from booths.
const EntryInputs = () => {
  const translate = useTranslate();
  const budgetId = useWatch({ name: 'budgetId' }) as number | undefined;
  const { data: budget } = useGetOne<Budget & { id: number }>('budgets', { id: budgetId! }, { enabled: Boolean(budgetId) });
  const currency = budget?.currency ?? 'USD';
  const { setValue } = useFormContext();
  // An entry is always in its budget's currency.
  useEffect(() => {
    if (budget) setValue('currency', budget.currency, { shouldValidate: true });
  }, [budget, setValue]);
  return (
    <>
      <ReferenceInput source="budgetId" reference="budgets">
        <SelectInput optionText={(choice: Budget) => `${choice.year} (${choice.currency})`} isRequired />
      </ReferenceInput>
      <RadioButtonGroupInput
        source="kind"
        choices={ManualLedgerKinds.map((kind) => ({ id: kind, name: translate(`summitdesk.budgets.kinds.${kind}`) }))}
        isRequired
      />
      <NumberInput
        source="amount"
        label={`${translate('resources.ledger-entries.fields.amount')} (${currency})`}
        isRequired
        min={0}
        step="any"
        format={(value: number | null) => toMajor(value, currency) ?? ''}
        parse={(value: string) => toMinor(value, currency)}
      />
      <TextInput source="memo" isRequired multiline />
    </>
  );
};

export const LedgerEntryCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateLedgerEntrySchema), []);
  return (
    <Create redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <EntryInputs />
      </SimpleForm>
    </Create>
  );
};
