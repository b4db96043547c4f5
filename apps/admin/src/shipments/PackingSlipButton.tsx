import PrintIcon from '@mui/icons-material/Print';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';
import { errorMessage } from '../common/errors';
import { API_URL, httpClient } from '../httpClient';

// The slip is behind the bearer token, so it is fetched and opened as a page of its own to print.
export const PackingSlipButton = () => {
  const record = useRecordContext<Shipment>();
  const notify = useNotify();
  const translate = useTranslate();
  if (!record) return null;
  const open = async () => {
    const tab = window.open('', '_blank');
    try {
      const { body } = await httpClient(`${API_URL}/shipments/${record.id}/packing-slip`, { headers: { Accept: 'text/html' } });
      const url = URL.createObjectURL(new Blob([body], { type: 'text/html' }));
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (error) {
      tab?.close();
      notify(errorMessage(error, translate), { type: 'error' });
    }
  };
  return (
    <Button label="summitdesk.shipments.packing_slip" onClick={() => void open()}>
      <PrintIcon />
    </Button>
  );
};
