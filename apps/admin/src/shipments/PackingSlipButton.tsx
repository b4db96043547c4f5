import PrintIcon from '@mui/icons-material/Print';
import { useDataProvider, useRecordContext } from 'react-admin';
import { Button } from '../common/Button';
import type { Shipment } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';

// The slip is behind the bearer token, so it is fetched and opened as a page of its own to print.
export const PackingSlipButton = () => {
  const record = useRecordContext<Shipment>();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notifyError = useNotifyError();
  if (!record) return null;
  const open = async () => {
    const tab = window.open('', '_blank');
    try {
      const { data: body } = await dataProvider.getDocument('shipments', { id: record.id, view: 'packing-slip', accept: 'text/html' });
      const url = URL.createObjectURL(new Blob([body], { type: 'text/html' }));
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (error) {
      tab?.close();
      notifyError(error);
    }
  };
  return (
    <Button label="summitdesk.shipments.packing_slip" onClick={() => void open()}>
      <PrintIcon />
    </Button>
  );
};
