import { useEffect, useState } from 'react';

// What the public pages need of react-query (about 12 kB gzipped): a read keyed by its arguments,
// answered from memory when the same page is shown again (and refreshed behind it), aborted when the
// page moves on. The admin keeps react-query.
const answers = new Map<string, { data: unknown; at: number }>();

type Options = { enabled?: boolean; staleTime?: number };
type Result<T> = { data: T | undefined; error: unknown; isPending: boolean };

export function usePublicQuery<T>(key: readonly unknown[], read: (signal: AbortSignal) => Promise<T>, options: Options = {}): Result<T> {
  const id = JSON.stringify(key);
  const enabled = options.enabled ?? true;
  const staleTime = options.staleTime ?? 0;
  const [state, setState] = useState<{ id: string; data?: T; error?: unknown }>(() => ({
    id,
    data: answers.get(id)?.data as T | undefined,
  }));
  useEffect(() => {
    const known = answers.get(id);
    if (!enabled || (known && Date.now() - known.at < staleTime)) return;
    const controller = new AbortController();
    read(controller.signal)
      .then((data) => {
        answers.set(id, { data, at: Date.now() });
        if (!controller.signal.aborted) setState({ id, data });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ id, error });
      });
    return () => controller.abort();
    // `read` is a new function on each render; the key names what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, enabled, staleTime]);
  const current = state.id === id ? state : { data: answers.get(id)?.data as T | undefined, error: undefined };
  return { data: current.data, error: current.error, isPending: current.data === undefined && current.error === undefined };
}
