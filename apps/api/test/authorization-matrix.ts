import type { Actor } from './authorization-world.js';

// The authorization matrix: for every route and action, the documented answer (HTTP status) for each
// actor. `security-authorization.e2e-spec.ts` runs every cell against the real app.
//
// - Paths and bodies name world records in braces (`{draftProposal}`); see authorization-world.ts.
// - A 404 means "absent or not visible to you": a record someone else owns is never admitted to exist.
// - A 403 is for a role rule (organizers only) or a record the actor may see but not change.
// - An answer such as 409 or 422 for a permitted actor says that authorization let them through and the
//   state machine or a rule answered; nothing was written.
// - `fresh` names records rebuilt before each actor whose answer is a success, so that one success
//   does not use the record up for the next actor.
// - `hidden`/`shown`: records that must be absent from (or present in) the actor's list or export.
export type Answer = number | readonly number[];
export type Row = {
  route: string;
  action: string;
  answers: Record<Actor, Answer>;
  body?: unknown;
  // PUT rows: the record is read back as the organizer and sent whole, as react-admin does.
  record?: { pick?: string[]; merge?: Record<string, unknown> };
  upload?: 'photo' | 'png' | 'pdf';
  fresh?: string[];
  hidden?: Partial<Record<Actor, string[]>>;
  shown?: Partial<Record<Actor, string[]>>;
};

type Answers = Record<Actor, Answer>;
const organizers = ['organizer', 'organizerSpeaker'] as const;

// Every signed-in actor gets `answer`, a visitor 401; then the exceptions.
const signedIn = (answer: Answer, exceptions: Partial<Answers> = {}): Answers => ({
  visitor: 401,
  member: answer,
  owner: answer,
  secondMember: answer,
  reviewer: answer,
  conflictedReviewer: answer,
  otherChair: answer,
  organizer: answer,
  organizerSpeaker: answer,
  ...exceptions,
});
// Organizers only (a role rule, so 403 for members whatever the record).
const organizersOnly = (answer: Answer, exceptions: Partial<Answers> = {}) =>
  signedIn(403, { organizer: answer, organizerSpeaker: answer, ...exceptions });
// Only the named actors get `answer`; everyone else signed in gets `otherwise`.
const only = (answer: Answer, who: readonly Actor[], otherwise: Answer, exceptions: Partial<Answers> = {}) =>
  signedIn(otherwise, { ...Object.fromEntries(who.map((actor) => [actor, answer])), ...exceptions });
const everyone = (answer: Answer): Answers => signedIn(answer, { visitor: answer });
// What members see of a record they may not know exists.
const otherwise404 = { member: 404, owner: 404, secondMember: 404, reviewer: 404, conflictedReviewer: 404, otherChair: 404 } as const;

export const authorizationMatrix: Row[] = [
  // Public and account routes.
  { route: 'GET /api/health', action: 'check health', answers: everyone(200) },
  { route: 'GET /api/health/live', action: 'check liveness', answers: everyone(200) },
  { route: 'GET /api/health/ready', action: 'check readiness', answers: everyone(200) },
  // Off unless METRICS=on or METRICS_TOKEN is set (health.e2e-spec.ts covers both); a JWT opens nothing.
  { route: 'GET /api/metrics', action: 'scrape metrics while they are off', answers: everyone(404) },
  { route: 'GET /api/auth/me', action: 'read own account', answers: signedIn(200) },
  {
    route: 'POST /api/auth/verify-email',
    action: 'verify an address with a link nobody was sent',
    body: { token: 'x'.repeat(43) },
    answers: everyone(422),
  },
  // Every account of the world is verified already.
  { route: 'POST /api/auth/resend-verification', action: 'ask for another verification link', answers: signedIn(409) },
  { route: 'GET /api/public/events', action: 'read the public calendar', answers: everyone(200) },
  { route: 'GET /api/public/events.ics', action: 'subscribe to the calendar', answers: everyone(200) },
  { route: 'GET /api/public/events/{eventSlug}', action: 'read a public event', answers: everyone(200) },
  { route: 'GET /api/public/contest-entries/{votableEntry}/thumbnail', action: 'see an approved thumbnail', answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/agenda', action: 'read a public agenda', answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/agenda.ics', action: 'subscribe to an agenda', answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/agenda/{slot}.ics', action: 'add one agenda item to a calendar', answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/schedule.xml', action: 'read the frab schedule XML', answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/schedule.json', action: 'read the schedule JSON', answers: everyone(200) },
  { route: 'GET /api/public/events/{eventSlug}/page', action: "read an event's public page", answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/cfp', action: 'read a public call for papers', answers: everyone(200) },
  { route: 'GET /api/public/events/{summitSlug}/committee', action: 'read a public committee', answers: everyone(200) },
  { route: 'GET /api/public/contests', action: 'read public contests', answers: everyone(200) },
  { route: 'GET /api/public/contests/{contest}', action: 'read a public contest', answers: everyone(200) },
  { route: 'GET /api/public/contests/{draftContest}', action: 'read a draft contest publicly', answers: everyone(404) },
  { route: 'GET /api/public/contest-entries/{votableEntry}/artwork', action: 'see approved artwork', answers: everyone(200) },
  { route: 'GET /api/public/contest-entries/{entry}/artwork', action: 'see artwork of an entry not approved', answers: everyone(404) },

  // Users.
  { route: 'GET /api/users', action: 'list members', answers: organizersOnly(200) },
  { route: 'GET /api/users/{ownerUser}', action: "read a member's account", answers: only(200, ['owner', ...organizers], 404) },
  {
    route: 'GET /api/users/{secondMemberUser}',
    action: "read the second member's account (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'PUT /api/users/{secondMemberUser}',
    action: "edit the second member's account (ids swapped)",
    record: { pick: ['name', 'affiliation', 'country', 'version'] },
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'PUT /api/users/{ownerUser}',
    action: "edit a member's account",
    record: { pick: ['name', 'affiliation', 'country', 'version'] },
    answers: only(200, ['owner', ...organizers], 404),
  },
  { route: 'POST /api/users/{spareUser}/disable', action: 'disable a member', fresh: ['spareUser'], answers: organizersOnly(200) },
  { route: 'POST /api/users/{spareUser}/enable', action: 'enable a member', fresh: ['spareUser'], answers: organizersOnly(200) },
  {
    route: 'POST /api/users/{spareUser}/role',
    action: "change a member's role",
    body: { role: 'organizer' },
    fresh: ['spareUser'],
    answers: organizersOnly(200),
  },
  { route: 'GET /api/audit-log', action: 'read the audit log', answers: organizersOnly(200) },

  // Events.
  { route: 'GET /api/events', action: 'list events', answers: signedIn(200) },
  { route: 'GET /api/events/{event}', action: 'read an event', answers: signedIn(200) },
  {
    route: 'POST /api/events',
    action: 'create an event',
    body: {
      name: 'Matrix Con {unique}',
      kind: 'meetup',
      startDate: '2031-03-01',
      endDate: '2031-03-01',
      timeZone: 'Europe/Berlin',
      city: 'Berlin',
      country: 'DE',
    },
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/events/{event}', action: 'edit an event', record: {}, answers: organizersOnly(200) },
  { route: 'POST /api/events/{event}/confirm', action: 'confirm an event', fresh: ['event'], answers: organizersOnly(200) },
  {
    route: 'POST /api/events/{event}/cancel',
    action: 'cancel an event',
    body: { reason: 'Venue lost' },
    fresh: ['event'],
    answers: organizersOnly(200),
  },
  { route: 'POST /api/events/{event}/mark-held', action: 'mark an event held', answers: organizersOnly(409) },
  { route: 'DELETE /api/events/{event}', action: 'delete an event', fresh: ['event'], answers: organizersOnly(200) },

  // Booth proposals.
  {
    route: 'GET /api/booth-proposals',
    action: 'list booth proposals',
    answers: signedIn(200),
    hidden: {
      member: ['draftProposal', 'proposalB'],
      secondMember: ['draftProposal'],
      owner: ['proposalB'],
      reviewer: ['draftProposal'],
      otherChair: ['draftProposal'],
    },
    shown: { owner: ['draftProposal', 'approvedProposal'], secondMember: ['proposalB'], organizer: ['draftProposal', 'proposalB'] },
  },
  { route: 'GET /api/booth-proposals/pipeline', action: 'read the booth pipeline', answers: organizersOnly(200) },
  {
    route: 'GET /api/booth-proposals/{draftProposal}',
    action: "read another's draft proposal",
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'GET /api/booth-proposals/{proposalB}',
    action: "read the second member's draft (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  { route: 'GET /api/booth-proposals/{approvedProposal}', action: 'read an approved booth (open to volunteers)', answers: signedIn(200) },
  {
    route: 'POST /api/booth-proposals',
    action: 'propose a booth',
    body: { eventId: '{event}', pitch: 'A booth.', feeRequested: 0, currency: 'USD' },
    answers: signedIn(201),
  },
  {
    route: 'PUT /api/booth-proposals/{draftProposal}',
    action: 'edit a draft proposal',
    record: {},
    fresh: ['draftProposal'],
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'PUT /api/booth-proposals/{approvedProposal}',
    action: 'edit an approved booth',
    record: {},
    answers: only(409, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/booth-proposals/{approvedProposal}/mark-held',
    action: 'mark a booth held before its event',
    answers: only(422, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/booth-proposals/{approvedProposal}/report',
    action: 'report on a booth before its event',
    body: { visitors: 10, leads: 1, actualSpend: 0, lessons: 'x' },
    answers: only(409, ['owner', ...organizers], 403),
  },
  {
    route: 'DELETE /api/booth-proposals/{draftProposal}',
    action: 'delete a draft proposal',
    fresh: ['draftProposal'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/booth-proposals/{draftProposal}/submit',
    action: 'submit a proposal',
    fresh: ['draftProposal'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/booth-proposals/{draftProposal}/withdraw',
    action: 'withdraw a proposal',
    fresh: ['draftProposal'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/booth-proposals/{submittedProposal}/start-review',
    action: 'start reviewing a proposal',
    fresh: ['submittedProposal'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/booth-proposals/{inReviewProposal}/approve',
    action: 'approve a proposal',
    body: { feeApproved: 0 },
    fresh: ['inReviewProposal'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/booth-proposals/{inReviewProposal}/reject',
    action: 'reject a proposal',
    body: { reason: 'Too far' },
    fresh: ['inReviewProposal'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/booth-proposals/{inReviewProposal}/request-changes',
    action: 'ask for changes',
    body: { reason: 'Say more' },
    fresh: ['inReviewProposal'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/booth-proposals/{approvedProposal}/cancel',
    action: 'cancel an approved booth',
    body: { reason: 'Event moved' },
    fresh: ['approvedProposal'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/booth-proposals/{approvedFeeProposal}/mark-paid',
    action: 'mark a booth fee paid',
    fresh: ['approvedFeeProposal'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/booth-proposals/{draftProposal}/mark-held',
    action: "mark another's draft held",
    answers: only(409, ['owner', ...organizers], 404),
  },
  {
    route: 'POST /api/booth-proposals/{draftProposal}/report',
    action: "report on another's booth",
    body: { visitors: 10, leads: 1, actualSpend: 0, lessons: 'x' },
    answers: only(409, ['owner', ...organizers], 404),
  },
  { route: 'POST /api/booth-proposals/{approvedProposal}/close', action: 'close a booth', answers: organizersOnly(409) },
  {
    route: 'POST /api/booth-proposals/{approvedProposal}/photos',
    action: 'add a booth photo',
    upload: 'photo',
    answers: only(201, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/booth-proposals/{draftProposal}/photos',
    action: "add a photo to another's draft",
    upload: 'photo',
    answers: only(409, ['owner', ...organizers], 404),
  },
  { route: 'GET /api/booth-proposals/{approvedProposal}/photos/{photo}', action: 'see a booth photo', answers: signedIn(200) },
  {
    route: 'GET /api/booth-proposals/{draftProposal}/photos/{photo}',
    action: 'see a photo through another proposal (ids swapped)',
    answers: signedIn(404),
  },
  {
    route: 'GET /api/booth-proposals/{proposalB}/photos/{photo}',
    action: "see a photo through the second member's proposal (ids swapped)",
    answers: signedIn(404),
  },
  {
    route: 'DELETE /api/booth-proposals/{approvedProposal}/photos/{photo}',
    action: 'remove a booth photo',
    fresh: ['photo'],
    answers: only(200, ['owner', ...organizers], 403),
  },
  {
    route: 'DELETE /api/booth-proposals/{proposalB}/photos/{photo}',
    action: 'remove a photo through another proposal (ids swapped)',
    answers: only(409, ['secondMember', ...organizers], 404),
  },
  { route: 'GET /api/booth-proposals/{approvedProposal}/coverage', action: "read a booth's rota", answers: signedIn(200) },
  {
    route: 'GET /api/booth-proposals/{proposalB}/coverage',
    action: "read the rota of another's draft (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },

  // Booth shifts: the second member volunteers at the owner's approved booth.
  {
    route: 'GET /api/booth-shifts',
    action: 'list shifts',
    answers: signedIn(200),
    shown: { owner: ['shift'], secondMember: ['shift'], organizer: ['shift'] },
  },
  { route: 'GET /api/booth-shifts/{shift}', action: 'read a shift at an approved booth', answers: signedIn(200) },
  {
    route: 'POST /api/booth-shifts',
    action: 'volunteer for a shift',
    body: { boothProposalId: '{approvedProposal}', day: '{shiftDay}', startTime: '18:00', endTime: '18:30' },
    answers: signedIn(201),
  },
  {
    route: 'POST /api/booth-shifts',
    action: "volunteer at another's draft booth",
    body: { boothProposalId: '{proposalB}', day: '{shiftDay}', startTime: '18:00', endTime: '18:30' },
    answers: only(422, [], 422),
  },
  {
    route: 'POST /api/booth-shifts/{shift}/confirm',
    action: 'confirm a volunteer',
    fresh: ['shift'],
    answers: only(200, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/booth-shifts/{shift}/decline',
    action: 'decline a volunteer',
    body: { reason: 'Full' },
    fresh: ['shift'],
    answers: only(200, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/booth-shifts/{shift}/cancel',
    action: 'cancel a shift',
    body: { reason: 'Ill' },
    fresh: ['shift'],
    answers: only(200, ['secondMember', 'owner', ...organizers], 403),
  },

  // Shipments: parcels of the owner's booth.
  {
    route: 'GET /api/shipments',
    action: 'list parcels',
    answers: signedIn(200),
    hidden: { member: ['shipment'], secondMember: ['shipment'], reviewer: ['shipment'] },
    shown: { owner: ['shipment'], organizer: ['shipment'] },
  },
  { route: 'GET /api/shipments/warnings', action: 'read shipment warnings', answers: organizersOnly(200) },
  { route: 'GET /api/shipments/dashboard', action: 'read the shipping dashboard', answers: organizersOnly(200) },
  { route: 'GET /api/shipments/{shipment}', action: 'read a parcel', answers: only(200, ['owner', ...organizers], 404) },
  {
    route: 'GET /api/shipments/{shipment}/packing-slip',
    action: 'print a packing slip',
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'GET /api/shipments/{shipmentB}',
    action: "read the second member's parcel (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'GET /api/shipments/{shipmentB}/packing-slip',
    action: "print the second member's packing slip (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'POST /api/shipments',
    action: 'create a parcel',
    body: { boothProposalId: '{approvedProposal}', lines: [{ itemId: '{item}', quantity: 1 }] },
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/shipments/{shipment}', action: 'edit a parcel', record: {}, answers: organizersOnly(200) },
  { route: 'POST /api/shipments/{shipment}/pack', action: 'pack a parcel', fresh: ['shipment'], answers: organizersOnly(200) },
  {
    route: 'POST /api/shipments/{shipment}/ship',
    action: 'ship an unpacked parcel',
    body: { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
    answers: organizersOnly(409),
  },
  { route: 'POST /api/shipments/{shipment}/deliver', action: 'deliver an unshipped parcel', answers: organizersOnly(409) },
  {
    route: 'POST /api/shipments/{shipment}/lose',
    action: 'lose an unshipped parcel',
    body: { reason: 'Gone' },
    answers: organizersOnly(409),
  },
  {
    route: 'POST /api/shipments/{shipment}/cancel',
    action: 'cancel a parcel',
    fresh: ['shipment'],
    body: { reason: 'Not needed' },
    answers: organizersOnly(200),
  },
  { route: 'DELETE /api/shipments/{shipment}', action: 'delete a parcel', fresh: ['shipment'], answers: organizersOnly(200) },

  // Inventory, stock and banners.
  { route: 'GET /api/inventory-items', action: 'list the catalogue', answers: signedIn(200) },
  { route: 'GET /api/inventory-items/{item}', action: 'read an item', answers: signedIn(200) },
  {
    route: 'POST /api/inventory-items',
    action: 'add an item',
    body: { sku: 'SKU-{unique}', name: 'Pens', unit: 'piece' },
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/inventory-items/{item}', action: 'edit an item', record: {}, answers: organizersOnly(200) },
  { route: 'DELETE /api/inventory-items/{item}', action: 'delete an item', fresh: ['item'], answers: organizersOnly(200) },
  {
    route: 'POST /api/inventory-items/{item}/restock',
    action: 'restock',
    body: { quantity: 5, note: 'Printer' },
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/inventory-items/{item}/write-off',
    action: 'write stock off',
    body: { quantity: 1, note: 'Damaged' },
    answers: organizersOnly(200),
  },
  { route: 'GET /api/stock-movements', action: 'list stock movements', answers: organizersOnly(200) },
  { route: 'GET /api/banners', action: 'list banners', answers: signedIn(200) },
  { route: 'GET /api/banners/{banner}', action: 'read a banner', answers: signedIn(200) },
  { route: 'GET /api/banners/{banner}/history', action: "read a banner's history", answers: organizersOnly(200) },
  {
    route: 'POST /api/banners',
    action: 'add a banner',
    body: { tag: 'TAG-{unique}', description: 'Roll-up', condition: 'good' },
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/banners/{banner}', action: 'edit a banner', record: {}, answers: organizersOnly(200) },
  {
    route: 'POST /api/banners/{banner}/lose',
    action: 'mark a banner lost',
    body: { reason: 'Left at the venue' },
    fresh: ['banner'],
    answers: organizersOnly(200),
  },
  { route: 'DELETE /api/banners/{banner}', action: 'delete a banner', fresh: ['banner'], answers: organizersOnly(200) },
  { route: 'POST /api/banners/{banner}/assign', action: 'assign a banner to a booth (without a booth)', answers: organizersOnly(400) },
  { route: 'GET /api/banner-orders', action: 'list banner orders', answers: organizersOnly(200) },
  { route: 'POST /api/banner-orders', action: 'order a banner (without the order)', answers: organizersOnly(400) },
  {
    route: 'POST /api/banner-orders/{missing}/receive',
    action: 'receive a banner order that does not exist',
    body: { tag: 'RCV-{unique}', description: 'New banner' },
    answers: organizersOnly([400, 404]),
  },

  // Budgets and the ledger.
  { route: 'GET /api/budgets', action: 'list budgets', answers: organizersOnly(200) },
  { route: 'GET /api/budgets/{budget}', action: 'read a budget', answers: organizersOnly(200) },
  { route: 'GET /api/budgets/{budget}/summary', action: "read a budget's balance", answers: organizersOnly(200) },
  { route: 'GET /api/budgets/{budget}/burn-down', action: "read a budget's burn-down", answers: organizersOnly(200) },
  {
    route: 'POST /api/budgets',
    action: 'create a budget',
    body: { year: '{uniqueYear}', currency: 'EUR', amount: 1_000 },
    answers: organizersOnly(201),
  },
  {
    route: 'PUT /api/budgets/{budget}',
    action: 'edit a budget',
    record: { pick: ['amount', 'note', 'version'] },
    answers: organizersOnly(200),
  },
  { route: 'GET /api/ledger-entries', action: 'list the ledger', answers: organizersOnly(200) },
  { route: 'GET /api/ledger-entries/{ledgerEntry}', action: 'read a ledger row', answers: organizersOnly(200) },
  {
    route: 'POST /api/ledger-entries',
    action: 'book a ledger row',
    body: { budgetId: '{budget}', kind: 'expense', amount: 100, currency: 'USD', memo: 'Tape' },
    answers: organizersOnly(201),
  },

  // Committees, seats and calls for papers.
  { route: 'GET /api/committees', action: 'list committees', answers: signedIn(200) },
  { route: 'GET /api/committees/{committee}', action: 'read a committee', answers: signedIn(200) },
  {
    route: 'POST /api/committees',
    action: 'create a committee',
    body: { eventId: '{summitEvent}', name: 'PC' },
    fresh: ['summitEvent'],
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/committees/{committee}', action: 'rename a committee', record: {}, answers: only(200, organizers, 403) },
  { route: 'GET /api/committee-seats', action: 'list seats', answers: signedIn(200) },
  { route: 'GET /api/committee-seats/{reviewerSeat}', action: 'read a seat', answers: signedIn(200) },
  {
    route: 'POST /api/committee-seats',
    action: 'seat a member',
    body: { committeeId: '{committee}', userId: '{spareUser}', role: 'reviewer' },
    fresh: ['spareUser'],
    answers: only(201, organizers, 403),
  },
  {
    route: 'POST /api/committee-seats',
    action: "seat a member on another chair's committee",
    body: { committeeId: '{otherCommittee}', userId: '{spareUser}', role: 'reviewer' },
    fresh: ['spareUser'],
    answers: only(201, [...organizers, 'otherChair'], 403),
  },
  {
    route: 'PUT /api/committee-seats/{reviewerSeat}',
    action: 'edit a seat',
    record: {},
    answers: only(200, ['reviewer', ...organizers], 403),
  },
  { route: 'DELETE /api/committee-seats/{seat}', action: 'remove a seat', fresh: ['seat'], answers: only(200, organizers, 403) },
  { route: 'GET /api/cfps', action: 'list calls for papers', answers: signedIn(200) },
  { route: 'GET /api/cfps/{cfp}', action: 'read a call for papers', answers: signedIn(200) },
  {
    route: 'POST /api/cfps',
    action: 'open a second call on a summit',
    body: {
      eventId: '{summitEvent}',
      opensAt: '2030-01-01T00:00:00Z',
      closesAt: '2030-02-01T00:00:00Z',
      reviewOpensAt: '2030-01-01T00:00:00Z',
      reviewClosesAt: '2030-03-01T00:00:00Z',
      timeZone: 'UTC',
      anonymousReview: true,
      reviewsPerSubmission: 2,
      formats: [{ name: 'talk', minutes: 30 }],
      tracks: ['Core'],
    },
    answers: only(409, organizers, 403),
  },
  { route: 'PUT /api/cfps/{cfp}', action: 'edit a call for papers', record: {}, answers: only(200, organizers, 403) },
  {
    route: 'PUT /api/cfps/{otherCfp}',
    action: "edit the other summit's call",
    record: {},
    answers: only(200, [...organizers, 'otherChair'], 403),
  },

  // Submissions of the first summit: the owner's talk (assigned to the reviewer, conflicted for the
  // conflicted reviewer), the organizer-speaker's talk, and the second member's talk at the second summit.
  {
    route: 'GET /api/submissions',
    action: 'list submissions',
    answers: signedIn(200),
    hidden: {
      member: ['submission', 'organizerTalk', 'submissionB'],
      secondMember: ['submission', 'draftSubmission'],
      conflictedReviewer: ['submission'],
      otherChair: ['submission', 'organizerTalk'],
      reviewer: ['draftSubmission', 'submissionB'],
      owner: ['submissionB', 'organizerTalk'],
    },
    shown: {
      owner: ['submission', 'draftSubmission'],
      reviewer: ['submission', 'organizerTalk'],
      otherChair: ['submissionB'],
      organizerSpeaker: ['organizerTalk'],
    },
  },
  { route: 'GET /api/submissions/{submission}', action: 'read a talk', answers: only(200, ['owner', 'reviewer', ...organizers], 404) },
  {
    route: 'GET /api/submissions/{submissionB}',
    action: "read the other summit's talk",
    answers: only(200, ['secondMember', 'otherChair', ...organizers], 404),
  },
  {
    route: 'GET /api/submissions/{draftSubmission}',
    action: "read another's draft talk",
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'GET /api/submissions/{organizerTalk}',
    action: "read the organizer-speaker's own talk",
    answers: only(200, ['reviewer', ...organizers], 404),
  },
  {
    route: 'POST /api/submissions',
    action: 'propose a talk',
    body: { cfpId: '{cfp}', title: 'Talk {unique}', abstract: 'Abstract.', format: 'talk', track: 'Core', level: 'beginner' },
    answers: signedIn(201),
  },
  {
    route: 'PUT /api/submissions/{draftSubmission}',
    action: 'edit a draft talk',
    record: {},
    fresh: ['draftSubmission'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/submissions/{draftSubmission}/submit',
    action: 'submit a talk',
    fresh: ['draftSubmission'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/submissions/{submittedTalk}/withdraw',
    action: 'withdraw a talk',
    fresh: ['submittedTalk'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/submissions/{submission}/confirm',
    action: 'confirm an undecided talk',
    answers: only(409, ['owner'], 404, { reviewer: 403, organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/submissions/{submission}/decline',
    action: 'decline an undecided talk',
    answers: only(409, ['owner'], 404, { reviewer: 403, organizer: 403, organizerSpeaker: 403 }),
  },
  // Invitations are reached by their single-use link only; a token nobody was sent finds nothing.
  {
    route: 'POST /api/submissions/invitations/show',
    action: 'read an invitation nobody sent',
    body: { token: 'x'.repeat(43) },
    answers: signedIn(404),
  },
  {
    route: 'POST /api/submissions/invitations/accept',
    action: 'accept an invitation nobody sent',
    body: { token: 'x'.repeat(43) },
    answers: signedIn(404),
  },
  {
    route: 'POST /api/submissions/invitations/decline',
    action: 'decline an invitation nobody sent',
    body: { token: 'x'.repeat(43) },
    answers: signedIn(404),
  },
  {
    route: 'POST /api/submissions/{submission}/decide',
    action: 'decide a talk',
    body: { decision: 'accept' },
    fresh: ['submission'],
    answers: only(200, organizers, 404, { owner: 403, reviewer: 403 }),
  },
  {
    route: 'POST /api/submissions/{organizerTalk}/decide',
    action: 'decide a talk one speaks on',
    body: { decision: 'accept' },
    fresh: ['organizerTalk'],
    answers: only(200, ['organizer'], 404, { reviewer: 403, organizerSpeaker: [403, 404] }),
  },
  {
    route: 'POST /api/cfps/{cfp}/decisions',
    action: 'stage decisions in bulk',
    body: { decisions: [{ submissionId: '{submission}', decision: 'waitlist' }] },
    fresh: ['submission'],
    answers: only(200, organizers, 404),
  },
  {
    route: 'POST /api/cfps/{cfp}/decisions',
    action: 'stage a decision in bulk on a talk one speaks on',
    body: { decisions: [{ submissionId: '{organizerTalk}', decision: 'accept' }] },
    fresh: ['organizerTalk'],
    answers: only(200, ['organizer'], 404, { organizerSpeaker: [403, 404] }),
  },
  {
    route: 'POST /api/cfps/{otherCfp}/release-decisions',
    action: 'release decisions',
    answers: only(422, [...organizers, 'otherChair'], 404),
  },

  // Review assignments and reviews.
  {
    route: 'GET /api/review-assignments',
    action: 'list assignments',
    answers: signedIn(200),
    hidden: { member: ['assignment'], owner: ['assignment'], conflictedReviewer: ['assignment'], otherChair: ['assignment'] },
    shown: { reviewer: ['assignment'], organizer: ['assignment'] },
  },
  {
    route: 'GET /api/review-assignments/progress',
    action: 'read the CfP progress card (the calls one chairs)',
    answers: signedIn(200),
    hidden: { member: ['cfp'], owner: ['cfp'], reviewer: ['cfp'], otherChair: ['cfp'] },
    shown: { organizer: ['cfp', 'otherCfp'], otherChair: ['otherCfp'] },
  },
  { route: 'GET /api/review-assignments/{assignment}', action: 'read an assignment', answers: only(200, ['reviewer', ...organizers], 404) },
  {
    route: 'GET /api/review-assignments/{organizerTalkAssignment}',
    action: 'read who reviews a talk one speaks on',
    answers: only(200, ['reviewer', 'organizer'], 404),
  },
  {
    route: 'GET /api/review-assignments',
    action: 'list assignments, as a speaker among them',
    answers: signedIn(200),
    hidden: { organizerSpeaker: ['organizerTalkAssignment'], owner: ['organizerTalkAssignment'] },
    shown: { organizer: ['organizerTalkAssignment'], reviewer: ['organizerTalkAssignment'] },
  },
  {
    route: 'POST /api/review-assignments',
    action: 'assign a conflicted reviewer',
    body: { submissionId: '{submission}', reviewerId: '{conflictedReviewerUser}' },
    answers: only(422, organizers, 404, { owner: 403, reviewer: 403 }),
  },
  {
    route: 'DELETE /api/review-assignments/{assignment}',
    action: 'take back a reviewed assignment',
    answers: only(409, organizers, 404, { reviewer: 403 }),
  },
  {
    route: 'POST /api/cfps/{cfp}/assign',
    action: 'preview automatic assignment',
    body: { preview: true },
    answers: only(200, organizers, 404),
  },
  { route: 'GET /api/cfps/{cfp}/assignment-matrix', action: 'read the assignment matrix', answers: only(200, organizers, 404) },
  {
    route: 'GET /api/reviews',
    action: 'list reviews',
    answers: signedIn(200),
    hidden: {
      member: ['review'],
      owner: ['review', 'organizerTalkReview'],
      conflictedReviewer: ['review'],
      otherChair: ['review'],
      organizerSpeaker: ['organizerTalkReview'],
    },
    shown: { reviewer: ['review', 'organizerTalkReview'], organizer: ['review', 'organizerTalkReview'], organizerSpeaker: ['review'] },
  },
  { route: 'GET /api/reviews/{review}', action: 'read a review', answers: only(200, ['reviewer', ...organizers], 404) },
  {
    route: 'GET /api/reviews/{organizerTalkReview}',
    action: 'read a review of a talk one speaks on',
    answers: only(200, ['reviewer', 'organizer'], 404),
  },
  {
    route: 'POST /api/reviews',
    action: 'review a talk',
    body: { submissionId: '{submission}', score: 2, confidence: 3 },
    answers: only(409, ['reviewer'], 404, { owner: 403 }),
  },
  {
    route: 'PUT /api/reviews/{review}',
    action: 'edit a review',
    record: { pick: ['score', 'confidence', 'commentToSpeakers', 'commentToCommittee', 'version'] },
    answers: only(200, ['reviewer'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'GET /api/cfps/{cfp}/ranking',
    action: 'read the ranking',
    answers: only(200, organizers, 404),
    hidden: { organizerSpeaker: ['organizerTalk'] },
    shown: { organizer: ['submission', 'organizerTalk'] },
  },
  // Committee members export what they may read: a reviewer their own reviews, a conflicted one nothing of the talk.
  {
    route: 'GET /api/cfps/{cfp}/reviews.csv',
    action: 'export reviews',
    answers: only(200, ['reviewer', 'conflictedReviewer', ...organizers], 404),
    hidden: { organizerSpeaker: ['organizerTalk'], conflictedReviewer: ['submission', 'organizerTalk'] },
    shown: { organizer: ['submission', 'organizerTalk'], reviewer: ['submission'] },
  },
  {
    route: 'GET /api/cfps/{otherCfp}/reviews.csv',
    action: "export the other summit's reviews",
    answers: only(200, [...organizers, 'otherChair'], 404),
    hidden: { otherChair: ['submission', 'organizerTalk'] },
  },

  // Issue 14: the committee's discussion of the owner's talk (the reviewer has reviewed it; the conflicted
  // reviewer and everyone off the committee get 404; its speaker reads only what a chair shared).
  {
    route: 'GET /api/submissions/{submission}/comments',
    action: "read a talk's discussion",
    answers: only(200, ['owner', 'reviewer', ...organizers], 404),
  },
  {
    route: 'POST /api/submissions/{submission}/comments',
    action: "join a talk's discussion",
    body: { body: 'We should discuss the boot path.' },
    answers: only(201, ['reviewer', ...organizers], 404, { owner: 403 }),
  },
  {
    route: 'GET /api/submissions/{submission}/mentionable',
    action: 'list whom a comment may mention',
    answers: only(200, ['reviewer', ...organizers], 404),
  },
  { route: 'PUT /api/discussion-comments/{missing}', action: 'edit a comment', body: { body: 'x', version: 1 }, answers: signedIn(404) },
  {
    route: 'POST /api/discussion-comments/{missing}/speaker-visibility',
    action: 'share a comment with the speakers',
    body: { visibleToSpeakers: true, version: 1 },
    answers: signedIn(404),
  },
  { route: 'DELETE /api/discussion-comments/{missing}', action: 'delete a comment', answers: signedIn(404) },
  // The committee meeting: its members follow it, its chairs run it.
  {
    route: 'GET /api/cfps/{cfp}/meeting',
    action: "read the meeting's agenda",
    answers: only(200, ['reviewer', 'conflictedReviewer', ...organizers], 404),
  },
  {
    route: 'GET /api/cfps/{cfp}/meeting/current',
    action: 'follow the meeting',
    answers: only(200, ['reviewer', 'conflictedReviewer', ...organizers], 404),
  },
  {
    route: 'POST /api/cfps/{cfp}/meeting/order',
    action: "set the meeting's order",
    body: { mode: 'score' },
    answers: only(200, organizers, 404, { reviewer: 403, conflictedReviewer: 403 }),
  },
  {
    route: 'POST /api/cfps/{cfp}/meeting/move',
    action: 'move the meeting on (with a version that is never current)',
    body: { to: 'next', version: 999 },
    answers: only([409, 422], organizers, 404, { reviewer: 403, conflictedReviewer: 403 }),
  },
  { route: 'GET /api/cfps/{cfp}/fairness', action: 'read the fairness signals', answers: only(200, organizers, 404) },
  {
    route: 'POST /api/cfps/{cfp}/fairness/reminders',
    action: 'remind a reviewer who owes nothing',
    body: { reviewerId: '{missing}' },
    answers: only(422, organizers, 404),
  },
  // Review forms, rounds and the author response (#14): the committee reads the form, the chairs change it.
  {
    route: 'GET /api/cfps/{cfp}/review-form',
    action: 'read the review form',
    answers: only(200, ['reviewer', 'conflictedReviewer', ...organizers], 404),
  },
  {
    route: 'PUT /api/cfps/{cfp}/review-form',
    action: 'change the review form (a bad scale)',
    body: { version: 0, fields: [{ key: 'relevance', kind: 'score', name: 'Relevance', min: 5, max: 1 }] },
    answers: only(422, organizers, 404, { reviewer: 403, conflictedReviewer: 403 }),
  },
  {
    route: 'POST /api/cfps/{cfp}/second-round',
    action: 'send a draft to a second round',
    body: { submissionIds: ['{draftSubmission}'] },
    answers: only(409, organizers, 404, { reviewer: 403, conflictedReviewer: 403 }),
  },
  { route: 'GET /api/reviews/{review}/history', action: "read a review's history", answers: only(200, ['reviewer', ...organizers], 404) },
  {
    route: 'GET /api/submissions/{submission}/speaker-reviews',
    action: 'read the reviews as a speaker',
    answers: only(200, ['owner'], 404),
  },
  {
    route: 'POST /api/submissions/{submission}/author-response',
    action: 'answer the reviews with no response window',
    body: { body: 'Thank you for the reviews.' },
    answers: only(409, ['owner'], 404),
  },
  { route: 'GET /api/submissions/{submission}/author-response', action: 'read the author response (none yet)', answers: signedIn(404) },

  // Bidding (#14): the first summit's committee members read their own sheet (a conflicted talk is never
  // on it) and set topic interests; bidding is closed there, so a bid is refused with 409; the call's
  // chairs and organizers open and close it (closed already: 409), its reviewers may not (403).
  { route: 'GET /api/bids', action: 'read a bidding sheet without naming the call', answers: signedIn(400) },
  {
    route: 'GET /api/bids?cfpId={cfp}',
    action: 'read the bidding sheet',
    answers: only(200, ['reviewer', 'conflictedReviewer'], 404),
    hidden: { conflictedReviewer: ['submission'] },
    shown: { reviewer: ['submission', 'organizerTalk'] },
  },
  {
    route: 'POST /api/bids',
    action: 'bid while bidding is closed',
    body: { submissionId: '{organizerTalk}', value: 10 },
    answers: only(409, ['reviewer', 'conflictedReviewer'], 404),
  },
  {
    route: 'POST /api/bids',
    action: 'bid on a conflicted talk',
    body: { submissionId: '{submission}', value: 10 },
    answers: only(409, ['reviewer'], 404),
  },
  { route: 'GET /api/topic-interests', action: 'read topic interests without naming the committee', answers: signedIn(400) },
  {
    route: 'GET /api/topic-interests?committeeId={committee}',
    action: 'read topic interests',
    answers: only(200, ['reviewer', 'conflictedReviewer'], 404),
  },
  {
    route: 'PUT /api/topic-interests',
    action: 'replace topic interests',
    body: { committeeId: '{committee}', interests: [] },
    answers: only(200, ['reviewer', 'conflictedReviewer'], 404),
  },
  {
    route: 'POST /api/cfps/{cfp}/open-bidding',
    action: 'open bidding (with a version that is never current)',
    body: { version: 999 },
    answers: only(409, organizers, 404, { reviewer: 403, conflictedReviewer: 403 }),
  },
  {
    route: 'POST /api/cfps/{cfp}/close-bidding',
    action: 'close bidding that is closed',
    answers: only(409, organizers, 404, { reviewer: 403, conflictedReviewer: 403 }),
  },

  // Conflicts: the conflicted reviewer declared one of their own.
  {
    route: 'GET /api/conflicts',
    action: 'list conflicts',
    answers: signedIn(200),
    hidden: { member: ['conflict'], reviewer: ['conflict'], otherChair: ['conflict'], owner: ['conflict'] },
    shown: { conflictedReviewer: ['conflict'], organizer: ['conflict'] },
  },
  { route: 'GET /api/conflicts/{conflict}', action: 'read a conflict', answers: only(200, ['conflictedReviewer', ...organizers], 404) },
  { route: 'POST /api/conflicts', action: 'declare a conflict', body: { organization: 'Acme {unique}' }, answers: signedIn(201) },
  {
    route: 'POST /api/conflicts',
    action: "declare a conflict for another chair's reviewer",
    body: { reviewerId: '{conflictedReviewerUser}', organization: 'Acme {unique}' },
    answers: only(403, [], 403, { conflictedReviewer: 201, organizer: 201, organizerSpeaker: 201 }),
  },
  {
    route: 'DELETE /api/conflicts/{conflict}',
    action: 'remove a conflict once review has opened',
    fresh: ['conflict'],
    answers: only(200, organizers, 404, { conflictedReviewer: 403 }),
  },

  // The agenda of the first summit.
  { route: 'GET /api/agenda-slots', action: 'list agenda slots', answers: signedIn(200) },
  { route: 'GET /api/agenda-slots/{slot}', action: 'read a slot', answers: signedIn(200) },
  {
    route: 'POST /api/agenda-slots',
    action: 'add a slot',
    body: { eventId: '{summitEvent}', room: 'Room {unique}', startsAt: '{slotStart}', endsAt: '{slotEnd}', title: 'Lunch' },
    answers: only(201, organizers, 403),
  },
  { route: 'PUT /api/agenda-slots/{slot}', action: 'move a slot', record: {}, answers: only(200, organizers, 403) },
  { route: 'DELETE /api/agenda-slots/{slot}', action: 'remove a slot', fresh: ['slot'], answers: only(200, organizers, 403) },
  {
    route: 'GET /api/agenda-slots/layout/{summitEvent}',
    action: "read the builder's rooms and times",
    answers: only(200, organizers, 403),
  },
  {
    route: 'PUT /api/agenda-slots/layout/{summitEvent}',
    action: "save the builder's rooms and times",
    body: { rooms: ['Room {unique}'], timeRows: [{ startsAt: '{slotStart}', endsAt: '{slotEnd}' }] },
    answers: only(200, organizers, 403),
  },

  // Contests, entries and votes.
  {
    route: 'GET /api/contests',
    action: 'list contests',
    answers: signedIn(200),
    hidden: { member: ['draftContest'], owner: ['draftContest'] },
    shown: { organizer: ['draftContest'] },
  },
  { route: 'GET /api/contests/{contest}', action: 'read a contest', answers: signedIn(200) },
  { route: 'GET /api/contests/{draftContest}', action: 'read a draft contest', answers: only(200, organizers, 404) },
  { route: 'GET /api/contests/{contest}/turnout', action: 'read turnout', answers: organizersOnly(200) },
  {
    route: 'POST /api/contests',
    action: 'create a contest',
    body: {
      title: 'Logo {unique}',
      rules: 'Rules.',
      prize: 100,
      currency: 'USD',
      license: 'CC BY 4.0',
      timeZone: 'UTC',
      entriesOpenAt: '2030-01-01T00:00:00Z',
      entriesCloseAt: '2030-02-01T00:00:00Z',
      votingOpensAt: '2030-02-01T00:00:00Z',
      votingClosesAt: '2030-03-01T00:00:00Z',
    },
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/contests/{contest}', action: 'edit a contest', record: {}, answers: organizersOnly(200) },
  {
    route: 'POST /api/contests/{draftContest}/publish',
    action: 'publish a contest',
    fresh: ['draftContest'],
    answers: organizersOnly(200),
  },
  { route: 'DELETE /api/contests/{draftContest}', action: 'delete a draft contest', fresh: ['draftContest'], answers: organizersOnly(200) },
  {
    route: 'POST /api/contests/{contest}/award',
    action: 'award a contest still taking entries',
    body: { entryId: '{entry}' },
    answers: organizersOnly(409),
  },
  { route: 'POST /api/contests/{draftContest}/close', action: 'close a draft contest', answers: organizersOnly(409) },
  {
    route: 'GET /api/contest-entries',
    action: 'list entries',
    answers: signedIn(200),
    hidden: { member: ['entry', 'entryB'], secondMember: ['entry'], owner: ['entryB'] },
    shown: { owner: ['entry'], secondMember: ['entryB'], organizer: ['entry', 'entryB'], member: ['votableEntry'] },
  },
  { route: 'GET /api/contest-entries/{entry}', action: "read another's pending entry", answers: only(200, ['owner', ...organizers], 404) },
  {
    route: 'GET /api/contest-entries/{entryB}',
    action: "read the second member's entry (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'POST /api/contest-entries',
    action: 'enter a contest',
    body: { contestId: '{contest}', title: 'Entry {unique}', description: 'A mascot.', licenseAccepted: true },
    answers: signedIn(201),
  },
  {
    route: 'PUT /api/contest-entries/{entry}',
    action: 'edit an entry',
    record: { pick: ['title', 'description', 'version'] },
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/contest-entries/{entry}/artwork',
    action: 'upload artwork',
    upload: 'png',
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/contest-entries/{entryB}/artwork',
    action: "upload artwork to another's entry (ids swapped)",
    upload: 'png',
    answers: only(200, ['secondMember'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  { route: 'POST /api/contest-entries/{entry}/approve', action: 'approve an entry', fresh: ['entry'], answers: organizersOnly(200) },
  {
    route: 'POST /api/contest-entries/{entry}/hide',
    action: 'hide an entry',
    body: { reason: 'Off topic' },
    fresh: ['entry'],
    answers: organizersOnly(200),
  },
  {
    route: 'DELETE /api/contest-entries/{entry}',
    action: 'delete an entry',
    fresh: ['entry'],
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  // Ballots are secret: each lists only their own vote, organizers included.
  {
    route: 'GET /api/votes',
    action: 'list votes',
    answers: signedIn(200),
    hidden: { member: ['vote'], secondMember: ['vote'], organizer: ['vote'], organizerSpeaker: ['vote'] },
    shown: { owner: ['vote'] },
  },
  {
    route: 'POST /api/votes',
    action: 'vote',
    body: { contestId: '{votingContest}', entryId: '{votableEntry}' },
    answers: signedIn(201, { owner: 200, secondMember: 422 }),
  },

  // Sponsors: the owner is the contact of a verified company (ownerSponsor); the second member of an
  // unverified one (unverifiedSponsor) and of a verified one (sponsorB). A member sees verified
  // companies and their own; an unverified company is absent (404) to everyone else. A verified one
  // may be seen but not changed by others (403).
  {
    route: 'GET /api/sponsors',
    action: 'list sponsors',
    answers: signedIn(200),
    hidden: {
      member: ['unverifiedSponsor'],
      owner: ['unverifiedSponsor'],
      reviewer: ['unverifiedSponsor'],
      otherChair: ['unverifiedSponsor'],
    },
    shown: {
      member: ['ownerSponsor', 'sponsorB'],
      owner: ['ownerSponsor'],
      secondMember: ['unverifiedSponsor', 'sponsorB', 'ownerSponsor'],
      organizer: ['ownerSponsor', 'unverifiedSponsor'],
    },
  },
  { route: 'GET /api/sponsors/{ownerSponsor}', action: 'read a verified sponsor', answers: signedIn(200) },
  {
    route: 'GET /api/sponsors/{unverifiedSponsor}',
    action: "read another company's unverified profile",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'POST /api/sponsors',
    action: 'create a sponsor profile',
    body: { name: 'Sponsor {unique}', website: 'https://sponsor.example.org' },
    answers: signedIn(201),
  },
  {
    route: 'PUT /api/sponsors/{ownerSponsor}',
    action: 'edit a verified sponsor',
    record: {},
    answers: only(200, ['owner', ...organizers], 403),
  },
  {
    route: 'PUT /api/sponsors/{unverifiedSponsor}',
    action: "edit another company's unverified profile (ids swapped)",
    record: {},
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'POST /api/sponsors/{unverifiedSponsor}/verify',
    action: 'verify a sponsor',
    fresh: ['unverifiedSponsor'],
    answers: organizersOnly(200),
  },
  { route: 'POST /api/sponsors/{ownerSponsor}/verify', action: 'verify a verified sponsor again', answers: organizersOnly(409) },
  {
    route: 'POST /api/sponsors/{ownerSponsor}/logo',
    action: "upload a verified sponsor's logo",
    upload: 'png',
    fresh: ['ownerSponsor'],
    answers: only(200, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/sponsors/{unverifiedSponsor}/logo',
    action: "upload an unverified company's logo (ids swapped)",
    upload: 'png',
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  { route: 'DELETE /api/sponsors/{spareSponsor}', action: 'delete a sponsor', fresh: ['spareSponsor'], answers: organizersOnly(200) },
  { route: 'DELETE /api/sponsors/{ownerSponsor}', action: 'delete a sponsor with sponsorships', answers: organizersOnly(409) },
  { route: 'GET /api/public/sponsors/{ownerSponsor}/logo', action: "see a verified sponsor's logo", answers: everyone(200) },
  {
    route: 'GET /api/public/sponsors/{unverifiedSponsor}/logo',
    action: "see an unverified sponsor's logo without a signed link",
    answers: everyone(404),
  },

  // Packages: everyone signed in sees what is for sale; organizers manage them.
  {
    route: 'GET /api/sponsorship-packages',
    action: 'list sponsorship packages',
    answers: signedIn(200),
    shown: { member: ['sponsorshipPackage'], organizer: ['sponsorshipPackage'] },
  },
  { route: 'GET /api/sponsorship-packages/{sponsorshipPackage}', action: 'read a package', answers: signedIn(200) },
  {
    route: 'POST /api/sponsorship-packages',
    action: 'create a package',
    body: {
      eventId: '{event}',
      name: 'Silver {unique}',
      price: 100_000,
      currency: 'USD',
      benefits: ['A table'],
      quantity: 5,
      salesOpenAt: '2026-01-01T00:00:00Z',
      salesCloseAt: '2030-01-01T00:00:00Z',
    },
    answers: organizersOnly(201),
  },
  { route: 'PUT /api/sponsorship-packages/{sponsorshipPackage}', action: 'edit a package', record: {}, answers: organizersOnly(200) },
  {
    route: 'DELETE /api/sponsorship-packages/{sparePackage}',
    action: 'delete a package',
    fresh: ['sparePackage'],
    answers: organizersOnly(200),
  },
  {
    route: 'DELETE /api/sponsorship-packages/{sponsorshipPackage}',
    action: 'delete a package with sponsorships',
    answers: organizersOnly(409),
  },

  // Sponsorships: a member sees and acts on those of the companies they are a contact of, nothing else.
  {
    route: 'GET /api/sponsorships',
    action: 'list sponsorships',
    answers: signedIn(200),
    hidden: {
      member: ['pendingSponsorship', 'paidSponsorship', 'sponsorshipB'],
      owner: ['sponsorshipB'],
      secondMember: ['pendingSponsorship', 'paidSponsorship'],
      reviewer: ['pendingSponsorship', 'paidSponsorship', 'sponsorshipB'],
      conflictedReviewer: ['pendingSponsorship', 'paidSponsorship', 'sponsorshipB'],
      otherChair: ['pendingSponsorship', 'paidSponsorship', 'sponsorshipB'],
    },
    shown: {
      owner: ['pendingSponsorship', 'paidSponsorship'],
      secondMember: ['sponsorshipB'],
      organizer: ['pendingSponsorship', 'paidSponsorship', 'sponsorshipB'],
      organizerSpeaker: ['sponsorshipB'],
    },
  },
  { route: 'GET /api/sponsorships/payment-methods', action: 'ask how to pay', answers: signedIn(200) },
  {
    route: 'GET /api/sponsorships/{pendingSponsorship}',
    action: "read a company's sponsorship",
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'GET /api/sponsorships/{sponsorshipB}',
    action: "read the second member's sponsorship (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  // Contacts and organizers buy; a verified company is seen by all, so others are told they are no contact of it.
  {
    route: 'POST /api/sponsorships',
    action: 'buy a sponsorship',
    body: { packageId: '{sponsorshipPackage}', sponsorId: '{ownerSponsor}' },
    answers: only(201, ['owner', ...organizers], 403),
  },
  {
    route: 'POST /api/sponsorships',
    action: "buy for another company's unverified profile",
    body: { packageId: '{sponsorshipPackage}', sponsorId: '{unverifiedSponsor}' },
    answers: only(422, ['secondMember', ...organizers], 404),
  },
  // No Stripe keys in this world: there is no card checkout to resume, for those who may see the sponsorship.
  {
    route: 'POST /api/sponsorships/{pendingSponsorship}/checkout',
    action: 'resume a card checkout',
    answers: only(409, ['owner', ...organizers], 404),
  },
  {
    route: 'POST /api/sponsorships/{sponsorshipB}/checkout',
    action: "resume another company's checkout (ids swapped)",
    answers: only(409, ['secondMember', ...organizers], 404),
  },
  {
    route: 'POST /api/sponsorships/{pendingSponsorship}/record-payment',
    action: 'record a bank transfer',
    body: { reference: 'BANK {unique}' },
    fresh: ['pendingSponsorship'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/sponsorships/{paidSponsorship}/refund',
    action: 'refund part of a payment',
    body: { amount: 1_000, reason: 'Booth smaller than sold' },
    fresh: ['paidSponsorship'],
    answers: organizersOnly(200),
  },
  {
    route: 'POST /api/sponsorships/{pendingSponsorship}/refund',
    action: 'refund an unpaid sponsorship',
    body: { reason: 'Nothing was paid' },
    answers: organizersOnly(409),
  },
  {
    route: 'POST /api/sponsorships/{pendingSponsorship}/cancel',
    action: 'cancel a pending sponsorship',
    body: { reason: 'Changed our minds' },
    fresh: ['pendingSponsorship'],
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'POST /api/sponsorships/{sponsorshipB}/cancel',
    action: "cancel another company's sponsorship (ids swapped)",
    fresh: ['sponsorshipB'],
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  {
    route: 'POST /api/sponsorships/{paidSponsorship}/cancel',
    action: 'cancel a paid sponsorship',
    answers: only(409, ['owner', ...organizers], 404),
  },

  // The presentation library: speakers write, organizers read, the public library shows released talks.
  {
    route: 'GET /api/presentations',
    action: 'list presentations',
    answers: signedIn(200),
    hidden: { member: ['presentation'], secondMember: ['presentation'], reviewer: ['presentation'] },
    shown: { owner: ['presentation'], organizer: ['presentation'] },
  },
  { route: 'GET /api/presentations/{presentation}', action: 'read a presentation', answers: only(200, ['owner', ...organizers], 404) },
  {
    route: 'POST /api/presentations',
    action: 'open a presentation for a talk that has one',
    body: { submissionId: '{acceptedTalk}' },
    answers: only(404, [], 404, { owner: 409, organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'PUT /api/presentations/{presentation}',
    action: 'set the video link',
    body: { videoUrl: 'https://video.example/{unique}' },
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  {
    route: 'POST /api/presentations/{presentation}/slides',
    action: 'upload slides',
    upload: 'pdf',
    answers: only(200, ['owner'], 404, { organizer: 403, organizerSpeaker: 403 }),
  },
  { route: 'GET /api/public/presentations', action: 'search the public library', answers: everyone(200) },
  { route: 'GET /api/public/presentations/{presentation}', action: 'open a released talk', answers: everyone(200) },
  { route: 'POST /api/public/presentations/{presentation}/views', action: 'count a view', answers: everyone(200) },
  { route: 'POST /api/public/presentations/{presentation}/downloads', action: 'count a download', answers: everyone(200) },
  { route: 'GET /api/public/presentations/{presentation}/slides', action: "download a released talk's slides", answers: everyone(200) },
  { route: 'GET /api/public/presentations/{presentation}/preview', action: "see a released talk's preview", answers: everyone(200) },
  { route: 'GET /api/statistics', action: 'read the statistics', answers: organizersOnly(200) },
  { route: 'GET /api/statistics.csv', action: 'export the statistics', answers: organizersOnly(200) },
  // Who sponsors a booth, beside the booth record: visible exactly as the booth is.
  { route: 'GET /api/booth-proposals/{approvedProposal}/sponsors', action: "read an approved booth's sponsors", answers: signedIn(200) },
  {
    route: 'GET /api/booth-proposals/{draftProposal}/sponsors',
    action: "read the sponsors of another's draft booth",
    answers: only(200, ['owner', ...organizers], 404),
  },
  {
    route: 'GET /api/booth-proposals/{proposalB}/sponsors',
    action: "read the sponsors of the second member's draft (ids swapped)",
    answers: only(200, ['secondMember', ...organizers], 404),
  },
  // The public page names paid sponsors only.
  {
    route: 'GET /api/public/events/{eventSlug}/sponsors',
    action: "read an event's sponsors",
    answers: everyone(200),
    shown: { visitor: ['ownerSponsor'], member: ['ownerSponsor'] },
    hidden: { visitor: ['unverifiedSponsor'] },
  },
  // Announcements: organizers and committee chairs write (otherChair chairs the second summit), members read what is published.
  {
    route: 'GET /api/announcements',
    action: 'list announcements',
    answers: signedIn(200),
    shown: { member: ['announcement'], organizer: ['announcement', 'draftAnnouncement'] },
    hidden: { member: ['draftAnnouncement'], otherChair: ['draftAnnouncement'] },
  },
  { route: 'GET /api/announcements/suggestions', action: 'read suggested drafts', answers: only(200, ['otherChair', ...organizers], 403) },
  {
    route: 'POST /api/announcements/suggestions',
    action: 'write up a suggestion that is not open',
    body: { key: 'committee-999999' },
    answers: only(422, ['otherChair', ...organizers], 403),
  },
  { route: 'GET /api/announcements/{announcement}', action: 'read a published announcement', answers: signedIn(200) },
  { route: 'GET /api/announcements/{draftAnnouncement}', action: "read an organizer's draft", answers: organizersOnly(200, otherwise404) },
  {
    route: 'POST /api/announcements',
    action: 'write an announcement about nothing in particular',
    body: { title: 'Matrix news {unique}', body: 'Hello' },
    answers: organizersOnly(201),
  },
  {
    route: 'PUT /api/announcements/{draftAnnouncement}',
    action: 'edit a draft announcement',
    record: {},
    answers: organizersOnly(200, otherwise404),
  },
  {
    route: 'DELETE /api/announcements/{draftAnnouncement}',
    action: 'delete a draft announcement',
    fresh: ['draftAnnouncement'],
    answers: organizersOnly(200, otherwise404),
  },
  {
    route: 'POST /api/announcements/{draftAnnouncement}/publish',
    action: 'publish an announcement',
    fresh: ['draftAnnouncement'],
    answers: organizersOnly(200, otherwise404),
  },
  {
    route: 'POST /api/announcements/{draftAnnouncement}/schedule',
    action: 'schedule an announcement',
    body: { publishAt: '2040-01-01T09:00:00Z' },
    fresh: ['draftAnnouncement'],
    answers: organizersOnly(200, otherwise404),
  },
  {
    route: 'POST /api/announcements/{announcement}/retract',
    action: 'retract a published announcement',
    fresh: ['announcement'],
    answers: organizersOnly(200),
  },
  { route: 'GET /api/public/announcements', action: 'read the public news', answers: everyone(200) },
  { route: 'GET /api/public/announcements/{announcement}', action: 'read published news', answers: everyone(200) },
  { route: 'GET /api/public/announcements/{draftAnnouncement}', action: 'read a draft publicly', answers: everyone(404) },
  { route: 'GET /api/public/news.atom', action: 'subscribe to the news feed', answers: everyone(200) },

  // Subscriptions: a member's own settings; anyone subscribes by address (double opt-in) and unsubscribes by a signed link.
  { route: 'GET /api/subscriptions/me', action: 'read own subscription settings', answers: signedIn(200) },
  { route: 'GET /api/subscribers', action: 'list who reads the news', answers: organizersOnly(200) },
  {
    route: 'PUT /api/subscriptions/me',
    action: 'change own subscription settings',
    body: { digest: true, topics: ['cfps'], language: 'de', creditConsent: true },
    answers: signedIn(200),
  },
  {
    route: 'POST /api/public/subscribe',
    action: 'subscribe an address (a confirmation mail follows)',
    body: { email: 'matrix-{unique}@example.test' },
    answers: everyone(202),
  },
  {
    route: 'POST /api/public/subscribe/confirm',
    action: 'confirm a subscription with a link nobody was sent',
    body: { token: 'x'.repeat(43) },
    answers: everyone(400),
  },
  {
    route: 'POST /api/public/unsubscribe',
    action: 'unsubscribe with a link we did not sign',
    body: { token: 'bWVAZXhhbXBsZS50ZXN0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    answers: everyone(400),
  },

  // The weekly digest: organizers compose, edit and send; everyone reads the archive of sent issues.
  { route: 'GET /api/digests', action: 'list digests', answers: organizersOnly(200) },
  { route: 'GET /api/digests/{digest}', action: 'preview a digest', answers: organizersOnly(200) },
  { route: 'POST /api/digests', action: "compose a week's digest", body: { week: '2041-W07' }, answers: organizersOnly(201) },
  { route: 'PUT /api/digests/{digest}', action: "edit a digest's intro", record: {}, answers: organizersOnly(200) },
  { route: 'POST /api/digests/{digest}/send', action: 'send a digest', fresh: ['digest'], answers: organizersOnly(200) },
  { route: 'GET /api/public/digests', action: 'read the digest archive', answers: everyone(200) },
  { route: 'GET /api/public/digests/{sentDigestWeek}', action: 'read a sent digest', answers: everyone(200) },

  // Global search: every signed-in user, each finding what the features' own lists show them
  // (per-rule tests in search.e2e-spec.ts).
  { route: 'GET /api/search', action: 'search without a query', answers: signedIn(400) },
  { route: 'GET /api/search?q=xen', action: 'search everything', answers: signedIn(200) },

  // The bell: my notifications only; someone else's is not found (notifications.e2e-spec.ts shows whose).
  { route: 'GET /api/notifications', action: 'list my notifications', answers: signedIn(200) },
  { route: 'POST /api/notifications/read-all', action: 'mark all my notifications read', answers: signedIn(200) },
  { route: 'POST /api/notifications/999999/read', action: 'mark a notification read that is not mine', answers: signedIn(404) },

  // My mail language and optional mails; organizers see outgoing mail and retry a failed one
  // (a nonexistent one here: 404; retry rules in mail-language.e2e-spec.ts).
  { route: 'GET /api/mail-preferences/me', action: 'read my mail preferences', answers: signedIn(200) },
  {
    route: 'PUT /api/mail-preferences/me',
    action: 'change my mail preferences',
    body: { kinds: { shipment_warning: true } },
    answers: signedIn(200),
  },
  { route: 'GET /api/outgoing-mails', action: 'list outgoing mail', answers: organizersOnly(200) },
  { route: 'GET /api/outgoing-mails/999999', action: 'read an outgoing mail', answers: organizersOnly(404) },
  { route: 'POST /api/outgoing-mails/999999/retry', action: 'retry an outgoing mail', answers: organizersOnly(404) },
];
