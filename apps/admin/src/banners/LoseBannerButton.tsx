import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { useRecordContext, useTranslate } from 'react-admin';
import { LoseBannerSchema, type Banner } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';

// Writing a banner off needs a reason; a banner on a parcel is written off with the parcel instead.
export const LoseBannerButton = () => {
  const record = useRecordContext<Banner>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('banners');
  if (!record || record.location === 'lost' || record.shipmentId) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.banners.lose"
      icon={<ReportProblemIcon />}
      title={translate('summitdesk.banners.lose_title', { tag: record.tag })}
      content="summitdesk.banners.lose_content"
      schema={LoseBannerSchema}
      required
      reasonLabel="summitdesk.shipments.reason_dialog.reason"
      keepLabel="summitdesk.shipments.reason_dialog.keep"
      submitLabel="summitdesk.banners.lose"
      isPending={isPending}
      onConfirm={(data, close) => run(record, 'lose', { data, successMessage: 'summitdesk.banners.lost', onSuccess: close })}
    />
  );
};
