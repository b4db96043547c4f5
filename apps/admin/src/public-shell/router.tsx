import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';

// The public shell's router: a few routes, links and URL parameters. react-router (and react-admin's
// hooks built on it) would be a third of the public pages' download; the admin keeps using them.
export type PublicRoute = { path: string; element: ReactNode };

type Navigate = (to: string, options?: { replace?: boolean }) => void;
type Location = { url: URL; params: Record<string, string>; navigate: Navigate };

const LocationContext = createContext<Location | null>(null);

const compile = (path: string) => new RegExp(`^${path.replace(/\/:([A-Za-z]+)/g, (_, name: string) => `/(?<${name}>[^/]+)`)}/?$`);

function match(routes: PublicRoute[], pathname: string) {
  for (const route of routes) {
    const found = compile(route.path).exec(pathname);
    if (found) {
      const params = Object.fromEntries(Object.entries(found.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]));
      return { route, params };
    }
  }
  return undefined;
}

// Renders the route of the current address; an address outside these routes (sign-in, a form of the
// admin) is loaded by the browser, which then boots the admin (main.tsx).
export const PublicRouter = ({ routes }: { routes: PublicRoute[] }) => {
  const [href, setHref] = useState(() => window.location.href);
  useEffect(() => {
    const onPop = () => setHref(window.location.href);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback<Navigate>(
    (to, options) => {
      const url = new URL(to, window.location.href);
      if (url.origin !== window.location.origin || !match(routes, url.pathname)) {
        window.location.assign(url.href);
        return;
      }
      window.history[options?.replace ? 'replaceState' : 'pushState'](null, '', url.href);
      if (!options?.replace) window.scrollTo(0, 0);
      setHref(url.href);
    },
    [routes],
  );
  const url = useMemo(() => new URL(href), [href]);
  const found = match(routes, url.pathname);
  const params = found?.params;
  const location = useMemo(() => ({ url, params: params ?? {}, navigate }), [url, params, navigate]);
  useEffect(() => {
    // Reached only with an address the server sent this shell for but no route knows: let the admin answer.
    if (!found) window.location.replace(url.href);
  }, [found, url]);
  return <LocationContext.Provider value={location}>{found?.route.element ?? null}</LocationContext.Provider>;
};

function useLocation(): Location {
  const location = useContext(LocationContext);
  if (!location) throw new Error('Public pages render inside PublicRouter');
  return location;
}

export const useParams = <T extends Record<string, string | undefined> = Record<string, string | undefined>>() => useLocation().params as T;

export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void] {
  const { url, navigate } = useLocation();
  const search = url.search;
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: URLSearchParams, options?: { replace?: boolean }) => {
      const query = next.toString();
      navigate(`${url.pathname}${query ? `?${query}` : ''}`, options);
    },
    [navigate, url.pathname],
  );
  return [params, setParams];
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; ref?: Ref<HTMLAnchorElement> };

// A plain link: public pages change in place, anything else is an ordinary page load.
export const Link = ({ to, onClick, ...rest }: LinkProps) => {
  const { navigate } = useLocation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
};
