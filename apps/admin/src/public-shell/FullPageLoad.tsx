import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

// A link that crosses between the public shell and the admin (Sign in, Propose a booth, a record's
// public page) lands here: the browser loads the address afresh and main.tsx boots the other one.
export const FullPageLoad = () => {
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    window.location.replace(`${pathname}${search}${hash}`);
  }, [pathname, search, hash]);
  return null;
};
