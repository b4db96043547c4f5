import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { DashboardCard } from './DashboardCard';
import { useShipmentWarnings } from './useShipmentDashboard';

// The calendar-driven warnings, each linking to the parcel, banner or booth it is about.
export const ShipmentWarningsCard = () => {
  const translate = useTranslate();
  const { data } = useShipmentWarnings();
  return (
    <DashboardCard title="summitdesk.shipments.cards.warnings" icon={<WarningAmberIcon />}>
      {data && data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.shipments.cards.no_warnings')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {(data ?? []).map((warning) => {
            const to = warning.shipmentId
              ? `/shipments/${warning.shipmentId}/show`
              : warning.bannerId
                ? `/banners/${warning.bannerId}/show`
                : `/booth-proposals/${warning.boothProposalId}/show`;
            return (
              <ListItem key={warning.key} disableGutters>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={to} color="error">
                      {warning.eventName}
                    </Link>
                  }
                  secondary={warning.message}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </DashboardCard>
  );
};
