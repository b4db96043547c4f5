import { useId, type ReactElement, type ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

type Props = { title: string; icon?: ReactElement; action?: ReactNode; children: ReactNode };

// The frame every dashboard card shares: a titled section, its content, an optional link below.
export const DashboardCard = ({ title, icon, action, children }: Props) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flex: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, color: 'text.secondary' }}>
          {icon}
          <Typography id={headingId} component="h2" variant="h6" color="text.primary">
            {translate(title)}
          </Typography>
        </Box>
        {children}
      </CardContent>
      {action ? <Box sx={{ px: 2, pb: 2 }}>{action}</Box> : null}
    </Card>
  );
};
