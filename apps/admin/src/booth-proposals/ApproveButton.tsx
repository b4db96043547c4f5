import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
} from '@mui/material';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import {
  Button,
  useDataProvider,
  useGetList,
  useGetMany,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { formatMoney, type BoothProposal, type Budget, type InventoryItem } from '@summitdesk/contracts';
import { errorMessage, fieldErrors } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { toMajor, toMinor } from './money';
import { useAllowedProposalActions } from './useAllowedProposalActions';

// The organizer's decision, line by line: fee (in the budget's currency, with the rate when the
// ask was in another), quantities per item, the banner. Server refusals land beside the fields.
export const ApproveButton = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const [open, setOpen] = useState(false);
  if (!record || !allowed.includes('approve')) return null;
  return (
    <>
      <Button label="summitdesk.booth_proposals.actions.approve" variant="contained" onClick={() => setOpen(true)}>
        <ThumbUpIcon />
      </Button>
      {open ? <ApproveDialog record={record} onClose={() => setOpen(false)} /> : null}
    </>
  );
};

const ApproveDialog = ({ record, onClose }: { record: BoothProposal; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
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

  const [fee, setFee] = useState<string>(sameCurrency ? String(toMajor(record.feeRequested, record.currency)) : '');
  const [rate, setRate] = useState('');
  const [quantities, setQuantities] = useState<Record<number, string>>(
    Object.fromEntries(record.materials.map((line) => [line.itemId, String(line.quantity)])),
  );
  const [banner, setBanner] = useState(record.banner !== 'none');
  const [note, setNote] = useState('');
  const [overBudgetReason, setOverBudgetReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setPending(true);
    setErrors({});
    try {
      await dataProvider.action('booth-proposals', {
        id: record.id,
        action: 'approve',
        data: {
          version: record.version,
          feeApproved: toMinor(fee, budgetCurrency) ?? 0,
          currency: budgetCurrency,
          exchangeRate: sameCurrency ? undefined : Number(rate) || undefined,
          materials: record.materials.map((line) => ({ itemId: line.itemId, quantity: Number(quantities[line.itemId] ?? 0) })),
          bannerApproved: record.banner === 'none' ? undefined : banner,
          note: note.trim() || undefined,
          overBudgetReason: overBudgetReason.trim() || undefined,
        },
      });
      notify('summitdesk.booth_proposals.done.approve', { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      setErrors(fieldErrors(error) ?? {});
      const message = errorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('summitdesk.booth_proposals.approve_dialog.title', { event: event?.name ?? '' })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('summitdesk.booth_proposals.approve_dialog.content', { year })}</DialogContentText>
          <Stack spacing={2} sx={{ mt: 2 }}>
            {!sameCurrency ? (
              <Alert severity="info">
                {translate('summitdesk.booth_proposals.approve_dialog.currency_note', { from: record.currency })}
              </Alert>
            ) : null}
            <TextField
              autoFocus
              type="number"
              label={translate('summitdesk.booth_proposals.approve_dialog.fee', { currency: budgetCurrency })}
              helperText={
                errors.feeApproved ??
                errors.currency ??
                translate('summitdesk.booth_proposals.approve_dialog.asked_fee', {
                  amount: formatMoney(record.feeRequested, record.currency, locale),
                })
              }
              error={Boolean(errors.feeApproved ?? errors.currency)}
              value={fee}
              onChange={(change) => setFee(change.target.value)}
              slotProps={{ htmlInput: { min: 0, step: 'any' } }}
            />
            {!sameCurrency ? (
              <TextField
                type="number"
                required
                label={translate('summitdesk.booth_proposals.approve_dialog.exchange_rate', { from: record.currency })}
                helperText={errors.exchangeRate ?? translate('summitdesk.booth_proposals.approve_dialog.exchange_rate_help')}
                error={Boolean(errors.exchangeRate)}
                value={rate}
                onChange={(change) => setRate(change.target.value)}
                slotProps={{ htmlInput: { min: 0, step: 'any' } }}
              />
            ) : null}
            {record.materials.map((line) => (
              <TextField
                key={line.itemId}
                type="number"
                label={
                  `${items?.find((item) => item.id === line.itemId)?.name ?? `#${line.itemId}`} — ` +
                  `${translate('summitdesk.booth_proposals.approve_dialog.quantity')}`
                }
                helperText={`${translate('summitdesk.booth_proposals.asked')}: ${line.quantity}`}
                error={Boolean(errors.materials)}
                value={quantities[line.itemId] ?? ''}
                onChange={(change) => setQuantities({ ...quantities, [line.itemId]: change.target.value })}
                slotProps={{ htmlInput: { min: 0, max: line.quantity, step: 1 } }}
              />
            ))}
            {errors.materials ? <Alert severity="error">{errors.materials}</Alert> : null}
            {record.banner !== 'none' ? (
              <FormControlLabel
                control={<Checkbox checked={banner} onChange={(change) => setBanner(change.target.checked)} />}
                label={
                  `${translate('summitdesk.booth_proposals.approve_dialog.banner')} ` +
                  `(${translate(`summitdesk.booth_proposals.banners.${record.banner}`)})`
                }
              />
            ) : null}
            <TextField
              multiline
              minRows={2}
              label={translate('summitdesk.booth_proposals.approve_dialog.note')}
              value={note}
              onChange={(change) => setNote(change.target.value)}
            />
            <TextField
              multiline
              label={translate('summitdesk.booth_proposals.approve_dialog.over_budget_reason')}
              helperText={errors.overBudgetReason ?? translate('summitdesk.booth_proposals.approve_dialog.over_budget_help')}
              error={Boolean(errors.overBudgetReason)}
              value={overBudgetReason}
              onChange={(change) => setOverBudgetReason(change.target.value)}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="summitdesk.booth_proposals.reason_dialog.keep" onClick={onClose} />
          <Button
            label="summitdesk.booth_proposals.approve_dialog.submit"
            type="submit"
            variant="contained"
            disabled={pending || fee === ''}
          />
        </DialogActions>
      </form>
    </Dialog>
  );
};
