import type { Role } from '@summitdesk/contracts';

// What a member may do per resource; organizers may do everything. Features add their rows here,
// and react-admin hides menu items, buttons and routes the rules refuse (authProvider.canAccess).
const memberAccess: Record<string, readonly string[]> = {
  events: ['list', 'show', 'export'],
  contests: ['list', 'show', 'export'],
  'contest-entries': ['list', 'show', 'create', 'edit', 'export'],
  'booth-proposals': ['list', 'show', 'create', 'edit', 'delete', 'export'],
  'booth-shifts': ['list', 'show', 'create', 'export'],
  // A proposer follows the parcels of their own booths; the API shows them no others.
  shipments: ['list', 'show'],
  // Call for papers: the API decides per record who speaks, chairs or reviews.
  submissions: ['list', 'show', 'create', 'edit', 'export'],
  cfps: ['list', 'show', 'create', 'edit'],
  committees: ['list', 'show'],
  'committee-seats': ['list', 'show', 'create', 'edit', 'delete'],
  conflicts: ['list', 'show', 'create', 'delete'],
  reviews: ['list', 'show', 'export'],
  'agenda-slots': ['list', 'show', 'create', 'edit', 'delete', 'export'],
  // Sponsor contacts: their company's profile and sponsorships (the API shows them no others), and
  // the packages on sale. Packages are set up, and sponsorships settled, by organizers.
  sponsors: ['list', 'show', 'create', 'edit'],
  'sponsorship-packages': ['list', 'show'],
  sponsorships: ['list', 'show', 'create'],
  // Speakers: the library records of their own accepted talks (the API shows them no others).
  presentations: ['list', 'show', 'create', 'edit'],
  // Members read published news; committee chairs also write about their summit (the API decides).
  announcements: ['list', 'show', 'create', 'edit', 'export'],
  // A member's own news settings (the subscriptions/me record).
  subscriptions: ['edit'],
  // A member's own mail language and optional mails (the mail-preferences/me record). Outgoing
  // mail is the organizers' alone.
  'mail-preferences': ['edit'],
};

export function canRoleAccess(role: Role | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  if (role === 'organizer') return true;
  return memberAccess[resource]?.includes(action) ?? false;
}
