import { useCallback, useSyncExternalStore } from 'react';
import { useStoreContext } from 'react-admin';

// react-admin's useStore for the plain values we keep there (the language, light or dark): the same
// store and keys, so both shells and react-admin's own menus see every change, without the deep
// comparison (lodash's isEqual and its 90 modules) that react-admin's hook ships to the public pages.
export function useStoredValue<T extends string | number | boolean>(key: string, defaultValue: T): [T, (value: T) => void] {
  const { getItem, setItem, subscribe } = useStoreContext();
  const listen = useCallback((onChange: () => void) => subscribe(key, onChange), [key, subscribe]);
  const value = useSyncExternalStore(listen, () => getItem<T>(key, defaultValue) ?? defaultValue);
  const set = useCallback((next: T) => setItem(key, next), [key, setItem]);
  return [value, set];
}
