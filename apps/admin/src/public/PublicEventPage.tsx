import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Container,
  Link,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { RecordContextProvider, useLocaleState, useTranslate, Link as RouterLink, useParams } from '../public-shell/kit';
import { EventDatesField } from '../events/EventDatesField';
import { EventPlaceField } from '../events/EventPlaceField';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { PublicEventSponsors } from '../sponsorships/PublicEventSponsors';
import { PublicHeader } from './PublicHeader';
import { usePublicEventPage, type PublicBooth } from './usePublicEventPage';

const dayLabel = (day: string, locale: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });

// The sign-up form pre-filled with the booth and the gap; react-admin asks visitors to sign in first.
const offerLink = (boothProposalId: number, gap: { day: string; from: string; to: string }) => {
  const source = { boothProposalId, day: gap.day, startTime: gap.from, endTime: gap.to };
  return `/booth-shifts/create?source=${encodeURIComponent(JSON.stringify(source))}`;
};

const VolunteersWanted = ({ booth }: { booth: PublicBooth }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card component="section" aria-labelledby={`booth-${booth.boothProposalId}`} variant="outlined">
      <CardContent>
        <Typography id={`booth-${booth.boothProposalId}`} component="h2" variant="h6">
          {translate('summitdesk.public.event_page.booth')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.public.event_page.times_in', { zone: booth.timeZone })}
        </Typography>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
          {translate('summitdesk.public.event_page.hours')}
        </Typography>
        <List dense disablePadding>
          {booth.openingHours.map((hours) => (
            <ListItem key={hours.day} disableGutters>
              <ListItemText primary={`${dayLabel(hours.day, locale)} · ${hours.opens}–${hours.closes}`} />
            </ListItem>
          ))}
        </List>
        {booth.gaps.length > 0 ? (
          <>
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
              {translate('summitdesk.public.event_page.volunteers_wanted')}
            </Typography>
            <List dense disablePadding>
              {booth.gaps.map((gap) => (
                <ListItem key={`${gap.day}-${gap.from}`} disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
                  <ListItemText primary={`${dayLabel(gap.day, locale)} · ${gap.from}–${gap.to}`} />
                  <Button
                    component={RouterLink}
                    to={offerLink(booth.boothProposalId, gap)}
                    variant="contained"
                    size="small"
                    aria-label={translate('summitdesk.public.event_page.offer_shift_on', {
                      when: `${dayLabel(gap.day, locale)} ${gap.from}–${gap.to}`,
                    })}
                  >
                    {translate('summitdesk.public.event_page.offer_shift')}
                  </Button>
                </ListItem>
              ))}
            </List>
          </>
        ) : (
          <Typography sx={{ mt: 1 }}>{translate('summitdesk.public.event_page.fully_staffed')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

// Every event's public page: dates in its zone, venue and host, the community booth with the shifts
// still open, sponsors, the call for papers and the agenda with a calendar file per talk.
export const PublicEventPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { slug } = useParams();
  const { page, error } = usePublicEventPage(slug);
  const when = (instant: string, timeZone: string, style: Intl.DateTimeFormatOptions) =>
    new Date(instant).toLocaleString(locale, { timeZone, ...style });
  const event = page?.event;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary' }}>
      <PublicHeader />
      <Container component="main" maxWidth="md" sx={{ py: 4, display: 'grid', gap: 3 }}>
        <Link component={RouterLink} to="/public/events" variant="body2">
          {translate('summitdesk.public.event_page.back')}
        </Link>
        {error ? <Alert severity="error">{translate('summitdesk.public.event_page.not_found')}</Alert> : null}
        {!page && !error ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
        {page && event ? (
          <RecordContextProvider value={event}>
            <Box>
              <Typography component="h1" variant="h4" sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>
                {event.name}
              </Typography>
              <Typography sx={{ mt: 1 }}>
                <EventDatesField /> ({event.timeZone})
              </Typography>
              <Typography color="text.secondary">
                <EventPlaceField withVenue />
              </Typography>
              {event.hostOrganization ? (
                <Typography color="text.secondary">{translate('summitdesk.public.hosted_by', { host: event.hostOrganization })}</Typography>
              ) : null}
              {event.description ? <Typography sx={{ mt: 1 }}>{event.description}</Typography> : null}
            </Box>
            {page.booths.map((booth) => (
              <VolunteersWanted key={booth.boothProposalId} booth={booth} />
            ))}
            {slug ? <PublicEventSponsors slug={slug} /> : null}
            {page.cfp ? (
              <Card component="section" aria-labelledby="cfp-heading" variant="outlined">
                <CardContent>
                  <Typography id="cfp-heading" component="h2" variant="h6">
                    {translate('summitdesk.public.event_page.cfp')}
                  </Typography>
                  <Typography sx={{ mt: 1 }}>
                    {page.cfp.state === 'closed'
                      ? translate('summitdesk.public.event_page.cfp_closed')
                      : translate(
                          page.cfp.state === 'open' ? 'summitdesk.public.event_page.cfp_closes' : 'summitdesk.public.event_page.cfp_opens',
                          {
                            date: when(page.cfp.state === 'open' ? page.cfp.closesAt : page.cfp.opensAt, page.cfp.timeZone, {
                              dateStyle: 'long',
                              timeStyle: 'short',
                            }),
                            zone: page.cfp.timeZone,
                          },
                        )}
                  </Typography>
                  <Link component={RouterLink} to={`/public/events/${event.slug}/program`} variant="body2">
                    {translate('summitdesk.public.program')}
                  </Link>
                </CardContent>
              </Card>
            ) : null}
            {page.agenda.length > 0 ? (
              <Box component="section" aria-labelledby="agenda-heading">
                <Typography id="agenda-heading" component="h2" variant="h5">
                  {translate('summitdesk.public.event_page.agenda')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate('summitdesk.public.event_page.times_in', { zone: event.timeZone })} ·{' '}
                  <Link href={`/api/public/events/${event.slug}/agenda.ics`} sx={{ mr: 1 }}>
                    {translate('summitdesk.public.event_page.subscribe_agenda_in_calendar_app')}
                  </Link>
                  <Link href={`/api/public/events/${event.slug}/schedule.xml`}>
                    {translate('summitdesk.public.event_page.schedule_xml')}
                  </Link>
                </Typography>
                <List dense>
                  {page.agenda.map((item) => (
                    <ListItem key={item.id} id={`slot-${item.id}`} alignItems="flex-start" disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
                      <ListItemText
                        primary={[
                          when(item.startsAt, event.timeZone, { weekday: 'short', day: 'numeric', month: 'short' }),
                          [item.startsAt, item.endsAt].map((at) => when(at, event.timeZone, { timeStyle: 'short' })).join('–'),
                          item.room,
                          item.title,
                        ].join(' · ')}
                        secondary={item.talk?.speakers.map((speaker) => speaker.name).join(', ')}
                      />
                      <Link
                        href={`/api/public/events/${event.slug}/agenda/${item.id}.ics`}
                        variant="body2"
                        aria-label={translate('summitdesk.public.event_page.add_to_calendar_of', { title: item.title })}
                      >
                        {translate('summitdesk.public.event_page.add_to_calendar')}
                      </Link>
                    </ListItem>
                  ))}
                </List>
              </Box>
            ) : null}
          </RecordContextProvider>
        ) : null}
      </Container>
    </Box>
  );
};
