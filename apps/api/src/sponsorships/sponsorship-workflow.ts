import { sponsorshipMachine, type SponsorshipAction, type SponsorshipActor, type SponsorshipStatus } from '@summitdesk/contracts';
import type { SystemActor, Workflow } from '../common/transition-runner.js';
import type { SponsorsService } from '../sponsors/sponsors.service.js';
import { SponsorshipEntity } from './sponsorship.entity.js';

// Verified Stripe events and the reconciliation that repairs through the same path act as Stripe.
export const STRIPE_ACTOR: SystemActor = { id: null, name: 'Stripe' };
export const AS_STRIPE = ['stripe'] as const;

export type SponsorshipWorkflow = Workflow<SponsorshipEntity, SponsorshipStatus, SponsorshipAction, SponsorshipActor>;

// A user acts as organizer (global role) or as a contact of the sponsoring company.
export function sponsorshipWorkflow(sponsors: SponsorsService): SponsorshipWorkflow {
  return {
    entity: SponsorshipEntity,
    label: 'Sponsorship',
    auditEntity: 'sponsorship',
    machine: sponsorshipMachine,
    rolesOf: async (record, actor, manager) => {
      if (!actor) return [];
      if (actor.role === 'organizer') return ['organizer'];
      return (await sponsors.isContact(manager, record.sponsorId, actor.id)) ? ['contact'] : [];
    },
  };
}
