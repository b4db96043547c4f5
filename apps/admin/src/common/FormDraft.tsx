import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';

// Drafts of unsaved create forms survive a reload: values go to localStorage as the user types,
// the page reads them back as default values (readDraft) and clears them once saved (clearDraft).
export function readDraft(storageKey: string): Record<string, unknown> | undefined {
  try {
    const raw = localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(storageKey: string): void {
  localStorage.removeItem(storageKey);
}

export const FormDraft = ({ storageKey }: { storageKey: string }) => {
  const { watch } = useFormContext();
  useEffect(() => {
    // Only edits name a field; the form's own resets do not, so an untouched form leaves no draft.
    const subscription = watch((values, { name }) => {
      if (name) localStorage.setItem(storageKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [watch, storageKey]);
  return null;
};
