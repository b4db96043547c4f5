import { useCallback } from 'react';
import { useNotify, useTranslate, type TranslateFunction } from 'react-admin';
import type { ApiErrorBody } from '../httpClient';

type MaybeHttpError = { status?: number; message?: string; body?: ApiErrorBody } | string | null | undefined;

// The words to show for a failed request: the server's message, or ours when it only rate-limited us.
export function errorMessage(error: unknown, translate: TranslateFunction): string {
  const failure = error as MaybeHttpError;
  if (typeof failure === 'string') return failure;
  if (failure?.status === 429 && failure.body?.retryAfterSeconds) {
    return translate('summitdesk.auth.rate_limited', { smart_count: failure.body.retryAfterSeconds });
  }
  return failure?.message || translate('ra.notification.http_error');
}

// Field errors the API sent in `errors: { field: message }`, for react-admin to show beside inputs.
export function fieldErrors(error: unknown): Record<string, string> | undefined {
  const errors = (error as { body?: ApiErrorBody } | null)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}

// Shows a failed request's message as an error notification; answers the message for a form that
// also shows it beside a field. The message is passed as the notification's own text (`_`), so a
// server message that happens to look like a translation key is shown as it is.
export function useNotifyError(): (error: unknown) => string {
  const notify = useNotify();
  const translate = useTranslate();
  return useCallback(
    (error: unknown) => {
      const message = errorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
      return message;
    },
    [notify, translate],
  );
}
