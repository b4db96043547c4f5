import { Injectable } from '@nestjs/common';
import { AgendaService } from '../agenda/agenda.service.js';
import { BoothShiftsService } from '../booth-shifts/booth-shifts.service.js';
import { CfpsService } from '../cfps/cfps.service.js';
import { PublicEventsService } from '../events/public-events.service.js';
import { SponsorShowcaseService } from '../sponsorships/sponsor-showcase.service.js';

// An event's public page in one answer: the event, its community booth with the shifts still open,
// sponsors, the call for papers and the published agenda. Each part comes from its own feature's
// service, which keeps its own publication rules (released decisions only, no volunteers' names).
@Injectable()
export class EventPagesService {
  constructor(
    private readonly events: PublicEventsService,
    private readonly shifts: BoothShiftsService,
    private readonly sponsors: SponsorShowcaseService,
    private readonly cfps: CfpsService,
    private readonly agenda: AgendaService,
  ) {}

  async page(slug: string) {
    const event = await this.events.findBySlug(slug);
    const booths = await this.shifts.volunteering(event.id);
    const sponsors = await this.sponsors.forEvent(slug);
    const cfp = await this.cfps.publicForEvent(event.id);
    const { items } = await this.agenda.findPublic(slug);
    return { event, booths, sponsors: { tiers: sponsors.tiers, booths: sponsors.booths }, cfp, agenda: items };
  }
}
