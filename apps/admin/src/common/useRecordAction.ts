import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, type RaRecord } from 'react-admin';
import type { SummitdeskDataProvider } from '../dataProvider';
import { fieldErrors, useNotifyError } from './errors';

type RunOptions = { data?: Record<string, unknown>; successMessage: string; onSuccess?: () => void };

/**
 * Runs a workflow action (POST /api/<resource>/:id/<action>) for the buttons in a record's toolbar:
 * sends the record's version so a stale page gets a 409, then refreshes, or shows the server's refusal.
 * Answers the server's field errors, if any, so a dialog's form can show them beside its inputs.
 */
export function useRecordAction(resource: string) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);

  const run = async (
    record: RaRecord,
    action: string,
    { data, successMessage, onSuccess }: RunOptions,
  ): Promise<Record<string, string> | undefined> => {
    setPending(true);
    try {
      await dataProvider.action(resource, { id: record.id, action, data: { version: record.version, ...data } });
      notify(successMessage, { type: 'success' });
      onSuccess?.();
      refresh();
    } catch (error) {
      notifyError(error);
      return fieldErrors(error);
    } finally {
      setPending(false);
    }
  };

  return { run, isPending };
}
