import { Alert, DialogContentText, Stack } from '@mui/material';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import { BooleanInput, NumberInput, TextInput, useGetList, useGetMany, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { ApproveBoothProposalSchema, formatMoney, type BoothProposal, type Budget, type InventoryItem } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { toMajor, toMinor } from './money';
import { useAllowedProposalActions } from './useAllowedProposalActions';

// The organizer's decision, line by line: fee (in the budget's currency, with the rate when the
// ask was in another), quantities per item, the banner. The dialog validates with the approve
// contract; server refusals land beside the fields. The fee is typed in major units.
export const ApproveButton = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  if (!record || !allowed.includes('approve')) return null;
  return <ApproveDialogButton record={record} />;
};

const ApproveDialogButton = ({ record }: { record: BoothProposal }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, isPending } = useRecordAction('booth-proposals');
  const event = record.event ?? record.newEvent;
  const year = Number(event?.startDate.slice(0, 4));
  const { data: budgets } = useGetList<Budget & { id: number }>('budgets', {
    filter: { year },
    pagination: { page: 1, perPage: 5 },
    sort: { field: 'id', order: 'ASC' },
  });
  const budgetCurrency = budgets?.[0]?.currency ?? record.currency;
  const { data: items } = useGetMany<InventoryItem & { id: number }>('inventory-items', {
    ids: record.materials.map((line) => line.itemId),
  });
  const sameCurrency = budgetCurrency === record.currency;
  const nameOf = (itemId: number) => items?.find((item) => item.id === itemId)?.name ?? `#${itemId}`;

  return (
    <ReasonDialogButton
      label="summitdesk.booth_proposals.actions.approve"
      icon={<ThumbUpIcon />}
      color="primary"
      title={translate('summitdesk.booth_proposals.approve_dialog.title', { event: event?.name ?? '' })}
      schema={ApproveBoothProposalSchema}
      defaults={{
        feeApproved: sameCurrency ? toMajor(record.feeRequested, record.currency) : null,
        materials: record.materials.map((line) => ({ itemId: line.itemId, quantity: line.quantity })),
        bannerApproved: record.banner !== 'none',
      }}
      keepLabel="summitdesk.booth_proposals.reason_dialog.keep"
      submitLabel="summitdesk.booth_proposals.approve_dialog.submit"
      isPending={isPending}
      onConfirm={(values, close) =>
        run(record, 'approve', {
          data: {
            feeApproved: toMinor(values.feeApproved, budgetCurrency) ?? 0,
            currency: budgetCurrency,
            exchangeRate: sameCurrency ? undefined : values.exchangeRate || undefined,
            materials: values.materials,
            bannerApproved: record.banner === 'none' ? undefined : values.bannerApproved,
            note: values.note || undefined,
            overBudgetReason: values.overBudgetReason || undefined,
          },
          successMessage: 'summitdesk.booth_proposals.done.approve',
          onSuccess: close,
        })
      }
    >
      <DialogContentText>{translate('summitdesk.booth_proposals.approve_dialog.content', { year })}</DialogContentText>
      <Stack spacing={2} sx={{ mt: 2 }}>
        {!sameCurrency ? (
          <Alert severity="info">{translate('summitdesk.booth_proposals.approve_dialog.currency_note', { from: record.currency })}</Alert>
        ) : null}
        <NumberInput
          source="feeApproved"
          autoFocus
          isRequired
          variant="outlined"
          label={translate('summitdesk.booth_proposals.approve_dialog.fee', { currency: budgetCurrency })}
          helperText={translate('summitdesk.booth_proposals.approve_dialog.asked_fee', {
            amount: formatMoney(record.feeRequested, record.currency, locale),
          })}
          min={0}
        />
        {!sameCurrency ? (
          <NumberInput
            source="exchangeRate"
            isRequired
            variant="outlined"
            label={translate('summitdesk.booth_proposals.approve_dialog.exchange_rate', { from: record.currency })}
            helperText="summitdesk.booth_proposals.approve_dialog.exchange_rate_help"
            min={0}
          />
        ) : null}
        {record.materials.map((line, index) => (
          <NumberInput
            key={line.itemId}
            source={`materials.${index}.quantity`}
            variant="outlined"
            label={`${nameOf(line.itemId)} — ${translate('summitdesk.booth_proposals.approve_dialog.quantity')}`}
            helperText={`${translate('summitdesk.booth_proposals.asked')}: ${line.quantity}`}
            min={0}
            max={line.quantity}
            step={1}
          />
        ))}
        <MaterialsError />
        {record.banner !== 'none' ? (
          <BooleanInput
            source="bannerApproved"
            helperText={false}
            label={
              `${translate('summitdesk.booth_proposals.approve_dialog.banner')} ` +
              `(${translate(`summitdesk.booth_proposals.banners.${record.banner}`)})`
            }
          />
        ) : null}
        <TextInput source="note" label="summitdesk.booth_proposals.approve_dialog.note" multiline minRows={2} variant="outlined" />
        <TextInput
          source="overBudgetReason"
          label="summitdesk.booth_proposals.approve_dialog.over_budget_reason"
          helperText="summitdesk.booth_proposals.approve_dialog.over_budget_help"
          multiline
          variant="outlined"
        />
      </Stack>
    </ReasonDialogButton>
  );
};

// The server's word on the quantities as a whole (more than asked, an item gone).
const MaterialsError = () => {
  const { errors } = useFormState();
  const message = errors.materials?.message;
  return typeof message === 'string' ? <Alert severity="error">{message}</Alert> : null;
};
