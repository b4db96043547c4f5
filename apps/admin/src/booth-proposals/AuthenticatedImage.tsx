import { useEffect, useState } from 'react';
import { Skeleton } from '@mui/material';
import { useDataProvider } from 'react-admin';
import type { SummitdeskDataProvider } from '../dataProvider';

// Report photos are private to those who may see the proposal, so they are fetched with the
// bearer token and shown from a blob URL (an <img src> cannot send the token).
export const AuthenticatedImage = ({ url, alt, size = 160 }: { url: string; alt: string; size?: number }) => {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    dataProvider
      .getFile(url)
      .then(({ data: blob }) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      })
      // A photo that cannot be loaded stays a placeholder.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [dataProvider, url]);
  if (!src) return <Skeleton variant="rectangular" width={size} height={size} />;
  return <img src={src} alt={alt} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} />;
};
