import { Box, Card, CardContent, Chip, Link, Typography } from '@mui/material';
import { Link as RouterLink, RecordContextProvider, useTranslate } from '../public-shell/kit';
import { EventDatesField } from '../events/EventDatesField';
import { EventPlaceField } from '../events/EventPlaceField';
import { EventStatusChip } from '../events/EventStatusChip';
import { humanize } from '../common/text';
import type { PublicEvent } from './usePublicEvents';
import { PublicEventSponsors } from '../sponsorships/PublicEventSponsors';

export const PublicEventCard = ({ event }: { event: PublicEvent }) => {
  const translate = useTranslate();
  const headingId = `event-${event.id}`;
  return (
    <RecordContextProvider value={event}>
      <Card component="article" aria-labelledby={headingId} variant="outlined" sx={{ height: '100%' }}>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
            <Chip size="small" variant="outlined" label={translate(`summitdesk.events.kinds.${event.kind}`, { _: humanize(event.kind) })} />
            <EventStatusChip />
          </Box>
          <Typography id={headingId} component="h3" variant="h6" sx={{ lineHeight: 1.3 }}>
            {event.name}
          </Typography>
          <Typography component="p" variant="body2" sx={{ mt: 0.5 }}>
            <EventDatesField />
          </Typography>
          <Typography component="p" variant="body2" color="text.secondary">
            <EventPlaceField withVenue />
          </Typography>
          {event.hostOrganization ? (
            <Typography component="p" variant="body2" color="text.secondary">
              {translate('summitdesk.public.hosted_by', { host: event.hostOrganization })}
            </Typography>
          ) : null}
          <PublicEventSponsors slug={event.slug} compact />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 1 }}>
            <Link
              component={RouterLink}
              to={`/public/events/${event.slug}`}
              variant="body2"
              aria-label={translate('summitdesk.public.details_of', { name: event.name })}
            >
              {translate('summitdesk.public.details')}
            </Link>
            {event.kind === 'summit' ? (
              <Link
                component={RouterLink}
                to={`/public/events/${event.slug}/program`}
                variant="body2"
                aria-label={translate('summitdesk.public.program_of', { name: event.name })}
              >
                {translate('summitdesk.public.program')}
              </Link>
            ) : null}
            {event.status === 'planned' || event.status === 'confirmed' ? (
              // Starts a booth proposal with this event chosen; sign-in comes first when needed.
              <Link
                component={RouterLink}
                to={`/booth-proposals/create?source=${encodeURIComponent(JSON.stringify({ eventChoice: 'existing', eventId: event.id }))}`}
                variant="body2"
                aria-label={translate('summitdesk.public.propose_booth_at', { name: event.name })}
              >
                {translate('summitdesk.public.propose_booth')}
              </Link>
            ) : null}
          </Box>
          {event.website ? (
            <Link
              href={event.website}
              target="_blank"
              rel="noopener noreferrer"
              variant="body2"
              aria-label={translate('summitdesk.public.website_of', { name: event.name })}
              sx={{ display: 'inline-block', mt: 1 }}
            >
              {translate('summitdesk.public.website')}
            </Link>
          ) : null}
        </CardContent>
      </Card>
    </RecordContextProvider>
  );
};
