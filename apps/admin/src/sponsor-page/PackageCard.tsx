import { useId } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import { Box, Card, CardActions, CardContent, Chip, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SponsorshipPackage } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { PackageAvailability } from '../sponsorship-packages/PackageAvailability';
import { SalesWindowField } from '../sponsorship-packages/SalesWindowField';
import { PayButton } from './PayButton';

type Props = { sponsorshipPackage: SponsorshipPackage; eventName?: string; sponsorId?: number; card: boolean; blockedReason?: string };

// A tier as a buyer compares them: what it costs, what it includes, what is left and until when.
export const PackageCard = ({ sponsorshipPackage, eventName, sponsorId, card, blockedReason }: Props) => {
  const translate = useTranslate();
  const headingId = useId();
  const soldOut = sponsorshipPackage.available <= 0;
  // What stops everyone (sold out, not on sale) comes before what stops this buyer (no profile yet).
  const reason = soldOut
    ? 'summitdesk.sponsorship_packages.sold_out'
    : !sponsorshipPackage.onSale
      ? 'summitdesk.sponsor_page.not_on_sale'
      : blockedReason;
  return (
    <Card
      component="article"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}
    >
      <CardContent sx={{ flex: 1 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
          <Typography id={headingId} component="h3" variant="h6">
            {sponsorshipPackage.name}
          </Typography>
          {sponsorshipPackage.boothProposalId ? (
            <Chip size="small" color="secondary" label={translate('summitdesk.sponsor_page.booth_package')} />
          ) : null}
        </Box>
        {eventName ? (
          <Typography variant="body2" color="text.secondary">
            {eventName}
          </Typography>
        ) : null}
        <Typography variant="h5" component="p" sx={{ my: 1, fontWeight: 700 }}>
          <MoneyText amount={sponsorshipPackage.price} currency={sponsorshipPackage.currency} />
        </Typography>
        {sponsorshipPackage.benefits.length > 0 ? (
          <List dense disablePadding aria-label={translate('summitdesk.sponsor_page.benefits_of', { name: sponsorshipPackage.name })}>
            {sponsorshipPackage.benefits.map((benefit) => (
              <ListItem key={benefit} disableGutters>
                <ListItemIcon sx={{ minWidth: 32 }}>
                  <CheckIcon fontSize="small" color="success" />
                </ListItemIcon>
                <ListItemText primary={benefit} />
              </ListItem>
            ))}
          </List>
        ) : null}
        <Box sx={{ mt: 1.5, display: 'grid', gap: 1 }}>
          <PackageAvailability record={sponsorshipPackage} />
          {/* A sold-out card says so once; "on sale" beside it would contradict it. */}
          <SalesWindowField record={sponsorshipPackage} showChip={!soldOut} />
        </Box>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexDirection: 'column', alignItems: 'stretch', gap: 1 }}>
        <PayButton sponsorshipPackage={sponsorshipPackage} sponsorId={sponsorId} card={card} disabledReason={reason} />
        {reason ? (
          <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center' }}>
            {translate(reason)}
          </Typography>
        ) : null}
      </CardActions>
    </Card>
  );
};
