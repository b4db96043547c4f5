import type { ReactElement } from 'react';
import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { ShipmentDashboard } from '@summitdesk/contracts';
import { DashboardCard } from './DashboardCard';
import { useShipmentDashboard } from './useShipmentDashboard';

type Props = { count: keyof ShipmentDashboard; title: string; help: string; icon: ReactElement; to: string; alarming?: boolean };

// One number from the shipment dashboard, linking to the list behind it.
export const ShipmentCountCard = ({ count, title, help, icon, to, alarming = false }: Props) => {
  const translate = useTranslate();
  const { data } = useShipmentDashboard();
  const value = data?.[count];
  return (
    <DashboardCard
      title={title}
      icon={icon}
      action={
        <Link component={RouterLink} to={to}>
          {translate('summitdesk.shipments.cards.open_board')}
        </Link>
      }
    >
      <Typography component="p" variant="h3" color={alarming && value ? 'error' : 'text.primary'} aria-live="polite">
        {value ?? '…'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(help)}
      </Typography>
    </DashboardCard>
  );
};
