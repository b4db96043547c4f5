import { lazy, type ComponentType } from 'react';

// A page fetched on first use (React.lazy) that can also be fetched ahead: the sign-in page asks for
// the list the reader is heading to while they type, so that the rows follow the sign-in without a
// chunk download in between (bench/README.md).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPage<P extends object = any>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load());
  return Object.assign(
    lazy(() => preload().then((component) => ({ default: component }))),
    { preload },
  );
}
