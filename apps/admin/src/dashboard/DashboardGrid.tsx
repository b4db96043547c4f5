import { Box } from '@mui/material';
import type { Role } from '@summitdesk/contracts';
import { dashboardCards } from './cards';

export const DashboardGrid = ({ role }: { role: Role }) => (
  <Box
    sx={{
      display: 'grid',
      gap: 2,
      gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', xl: 'repeat(3, minmax(0, 1fr))' },
      alignItems: 'stretch',
    }}
  >
    {dashboardCards
      .filter((card) => card.roles.includes(role))
      .map(({ key, component: CardComponent, size }) => (
        // A card with nothing to say for this person (no reviews assigned) renders nothing and takes no cell.
        <Box
          key={key}
          sx={{ gridColumn: size === 'wide' ? { xs: 'auto', md: 'span 2' } : 'auto', minWidth: 0, '&:empty': { display: 'none' } }}
        >
          <CardComponent />
        </Box>
      ))}
  </Box>
);
