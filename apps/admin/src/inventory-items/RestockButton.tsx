import type { MouseEvent } from 'react';
import AddBoxIcon from '@mui/icons-material/AddBox';
import { NumberInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { RestockSchema, type InventoryItem } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';

// Stock arrives only as a recorded restock (a stock movement with who and why), never by editing a number.
export const RestockButton = (_props: { label?: string }) => {
  const record = useRecordContext<InventoryItem>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('inventory-items');
  if (!record) return null;
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={stop}>
      <ReasonDialogButton
        label="summitdesk.stock.restock"
        icon={<AddBoxIcon />}
        color="primary"
        title={translate('summitdesk.stock.restock_title', { name: record.name })}
        content="summitdesk.stock.restock_content"
        schema={RestockSchema}
        keepLabel="summitdesk.shipments.reason_dialog.keep"
        submitLabel="summitdesk.stock.restock"
        isPending={isPending}
        onConfirm={(data, close) =>
          run(record, 'restock', {
            data: { quantity: data.quantity, note: data.note || null, version: undefined },
            successMessage: 'summitdesk.stock.restocked',
            onSuccess: close,
          })
        }
      >
        <NumberInput
          source="quantity"
          label="summitdesk.stock.quantity"
          autoFocus
          isRequired
          fullWidth
          margin="normal"
          variant="outlined"
          min={1}
          step={1}
          helperText={false}
        />
        <TextInput source="note" label="summitdesk.stock.note" fullWidth margin="normal" variant="outlined" helperText={false} />
      </ReasonDialogButton>
    </span>
  );
};
