import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ReceiveBannerSchema, type BannerOrder } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';

// The ordered banner arrived: give it a tag and it joins the warehouse, assigned to its booth.
export const ReceiveBannerButton = () => {
  const record = useRecordContext<BannerOrder>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('banner-orders');
  if (!record || record.bannerId) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.banners.orders.receive"
      icon={<MoveToInboxIcon />}
      color="primary"
      title={translate('summitdesk.banners.orders.receive_title', { id: record.id })}
      content="summitdesk.banners.orders.receive_content"
      schema={ReceiveBannerSchema}
      keepLabel="summitdesk.shipments.reason_dialog.keep"
      submitLabel="summitdesk.banners.orders.receive"
      isPending={isPending}
      onConfirm={(data, close) =>
        run(record, 'receive', {
          data: { tag: data.tag, version: undefined },
          successMessage: 'summitdesk.banners.orders.received',
          onSuccess: close,
        })
      }
    >
      <TextInput
        source="tag"
        label="resources.banners.fields.tag"
        autoFocus
        isRequired
        fullWidth
        margin="normal"
        variant="outlined"
        helperText="B-3"
        parse={(value: string) => value.toUpperCase()}
      />
    </ReasonDialogButton>
  );
};
