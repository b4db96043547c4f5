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
import { useLocaleState, useTranslate, Link as RouterLink, useParams } from '../public-shell/kit';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { PublicHeader } from '../public/PublicHeader';
import { PublicEventSponsors } from '../sponsorships/PublicEventSponsors';
import { usePublicProgram } from './usePublicProgram';

// A summit's public page for its program: the call and its deadline, the committee as announced,
// and the agenda in the summit's own time zone with its iCal feed. No sign-in, no admin chrome.
export const PublicProgramPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { slug } = useParams();
  const { program, error } = usePublicProgram(slug);
  const when = (instant: string, timeZone: string, style: Intl.DateTimeFormatOptions) =>
    new Date(instant).toLocaleString(locale, { timeZone, ...style });
  const days = new Map<string, NonNullable<typeof program>['items']>();
  for (const item of program?.items ?? []) {
    const day = when(item.startsAt, program!.event.timeZone, { weekday: 'long', day: 'numeric', month: 'long' });
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary' }}>
      <PublicHeader />
      <Container component="main" maxWidth="md" sx={{ py: 4, display: 'grid', gap: 3 }}>
        {error ? <Alert severity="error">{translate('summitdesk.cfp_program.program.not_found')}</Alert> : null}
        {!program && !error ? <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} /> : null}
        {program ? (
          <>
            <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
              {program.event.name}
            </Typography>
            {program.cfp ? (
              <Card component="section" aria-labelledby="cfp-heading">
                <CardContent>
                  <Typography id="cfp-heading" component="h2" variant="h6">
                    {translate('summitdesk.cfp_program.program.cfp')}
                  </Typography>
                  <Typography sx={{ my: 1 }}>
                    {program.cfp.state === 'closed'
                      ? translate('summitdesk.cfp_program.program.cfp_closed')
                      : translate(
                          program.cfp.state === 'open'
                            ? 'summitdesk.cfp_program.program.cfp_closes'
                            : 'summitdesk.cfp_program.program.cfp_opens',
                          {
                            date: when(program.cfp.state === 'open' ? program.cfp.closesAt : program.cfp.opensAt, program.cfp.timeZone, {
                              dateStyle: 'long',
                              timeStyle: 'short',
                            }),
                            zone: program.cfp.timeZone,
                          },
                        )}
                  </Typography>
                  {program.cfp.description ? <Typography color="text.secondary">{program.cfp.description}</Typography> : null}
                  {program.cfp.state === 'open' ? (
                    <Button component={RouterLink} to="/submissions/create" variant="contained" sx={{ mt: 1 }}>
                      {translate('summitdesk.cfp_program.program.propose')}
                    </Button>
                  ) : null}
                </CardContent>
              </Card>
            ) : null}
            {slug ? <PublicEventSponsors slug={slug} /> : null}
            <Box component="section" aria-labelledby="agenda-heading">
              <Typography id="agenda-heading" component="h2" variant="h5" sx={{ mb: 1 }}>
                {translate('summitdesk.cfp_program.program.agenda')}
              </Typography>
              <Typography color="text.secondary">
                {translate('summitdesk.cfp_program.program.times_in', { zone: program.event.timeZone })} ·{' '}
                <Link href={`/api/public/events/${program.event.slug}/agenda.ics`}>
                  {translate('summitdesk.cfp_program.program.subscribe')}
                </Link>
              </Typography>
              {program.items.length === 0 ? (
                <Alert severity="info" sx={{ mt: 2 }}>
                  {translate('summitdesk.cfp_program.program.agenda_empty')}
                </Alert>
              ) : null}
              {[...days.entries()].map(([day, items]) => (
                <Box key={day} sx={{ mt: 2 }}>
                  <Typography component="h3" variant="h6">
                    {day}
                  </Typography>
                  <List dense>
                    {items.map((item) => (
                      <ListItem key={item.id} alignItems="flex-start" sx={{ px: 0 }}>
                        <ListItemText
                          primary={[
                            [item.startsAt, item.endsAt].map((at) => when(at, program.event.timeZone, { timeStyle: 'short' })).join('–'),
                            item.room,
                            item.title,
                          ].join(' · ')}
                          secondary={item.talk?.speakers
                            .map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name))
                            .join(', ')}
                        />
                      </ListItem>
                    ))}
                  </List>
                </Box>
              ))}
            </Box>
            {program.committee ? (
              <Box component="section" aria-labelledby="committee-heading">
                <Typography id="committee-heading" component="h2" variant="h5">
                  {translate('summitdesk.cfp_program.program.committee')}
                </Typography>
                <List dense>
                  {program.committee.members.map((member) => (
                    <ListItem key={member.name} sx={{ px: 0 }}>
                      <ListItemText
                        primary={`${member.name}${
                          member.role === 'chair' ? ` (${translate('summitdesk.cfp_program.program.chair')})` : ''
                        }`}
                        secondary={[member.affiliation, member.country].filter(Boolean).join(', ')}
                      />
                    </ListItem>
                  ))}
                </List>
              </Box>
            ) : null}
          </>
        ) : null}
      </Container>
    </Box>
  );
};
