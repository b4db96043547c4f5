import type { ReactElement } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { Event, EventAction } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedEventActions } from './useAllowedEventActions';

type Props = { action: EventAction; icon: ReactElement };

// A one-click lifecycle action, shown only when the state machine allows it for the signed-in role.
export const EventActionButton = ({ action, icon }: Props) => {
  const record = useRecordContext<Event>();
  const allowed = useAllowedEventActions(record);
  const { run, isPending } = useRecordAction('events');
  if (!record || !allowed.includes(action)) return null;
  return (
    <Button
      label={`summitdesk.events.actions.${action}`}
      disabled={isPending}
      onClick={() => run(record, action, { successMessage: `summitdesk.events.done.${action}` })}
    >
      {icon}
    </Button>
  );
};
