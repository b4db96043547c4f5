import { useEffect, useState } from 'react';
import { Skeleton } from '@mui/material';
import { getToken } from '../session';

// Report photos are private to those who may see the proposal, so they are fetched with the
// bearer token and shown from a blob URL (an <img src> cannot send the token).
export const AuthenticatedImage = ({ url, alt, size = 160 }: { url: string; alt: string; size?: number }) => {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    void fetch(url, { headers: { Authorization: `Bearer ${getToken() ?? ''}` } })
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (!blob || cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (!src) return <Skeleton variant="rectangular" width={size} height={size} />;
  return <img src={src} alt={alt} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} />;
};
