import type { Presentation } from '@summitdesk/contracts';
import { useRecordContext } from 'react-admin';

export const SpeakerNames = () => {
  const record = useRecordContext<Presentation>();
  if (!record) return null;
  return (
    <>{record.speakers.map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name)).join(', ')}</>
  );
};
