import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { CardContent, Link, Typography } from '@mui/material';

type AuthLink = { to: string; label: string; prompt?: string };

export const AuthLinks = ({ links }: { links: AuthLink[] }) => {
  const translate = useTranslate();
  return (
    <CardContent sx={{ pt: 0, textAlign: 'center' }}>
      {links.map(({ to, label, prompt }): ReactNode => (
        <Typography key={to} variant="body2" sx={{ mt: 1 }}>
          {prompt ? `${translate(prompt)} ` : null}
          <Link component={RouterLink} to={to}>
            {translate(label)}
          </Link>
        </Typography>
      ))}
    </CardContent>
  );
};
