import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { act, createBudget, createEvent, inReview, photo, propose } from './booth-fixtures.js';
import { assign, call, review, seat, setUpSummit, submitTalk, summitDay, type Summit } from './cfp-fixtures.js';
import { approve, enter, png, publishedContest, windows } from './contest-fixtures.js';
import { librarySummit } from './presentation-fixtures.js';
import { approvedBooth, banner, shipment, stockedItem, year } from './shipment-fixtures.js';
import { bearer, type TestApp, type TestUser } from './test-app.js';

// Everyone the authorization matrix asks about. `owner` owns the records the rows are about (the
// proposal, the talk, the contest entry); `secondMember` owns records just like them, so that every
// id can be tried by someone else; `organizerSpeaker` is an organizer who speaks on a talk of the
// first summit, which makes them conflicted on it.
export const Actors = [
  'visitor',
  'member',
  'owner',
  'secondMember',
  'reviewer',
  'conflictedReviewer',
  'otherChair',
  'organizer',
  'organizerSpeaker',
] as const;
export type Actor = (typeof Actors)[number];
type SignedInActor = Exclude<Actor, 'visitor'>;

export type World = {
  t: TestApp;
  users: Record<SignedInActor, TestUser> & { chair: TestUser };
  // Record ids (and slugs) by the names the matrix uses in its paths and bodies.
  ids: Record<string, number | string>;
  // Text that only the named record carries, to spot it in CSV and other text answers.
  markers: Record<string, string>;
  // Builds another record like the named one, for actors whose action succeeds and so uses it up.
  fresh: Record<string, () => Promise<number | string>>;
};

const unique = () => randomBytes(3).toString('hex').toUpperCase();

export async function buildWorld(t: TestApp): Promise<World> {
  const organizer = await t.user('organizer', { name: 'Stephen Spector', affiliation: 'Citrix' });
  const organizerSpeaker = await t.user('organizer', { name: 'Lars Kurth', affiliation: 'Linux Foundation' });
  const owner = await t.user('member', { name: 'Julien Grall', affiliation: 'Arm Ltd' });
  const secondMember = await t.user('member', { name: 'Olivier Lambert', affiliation: 'Vates' });
  const member = await t.user('member', { name: 'Rich Persaud', affiliation: 'OpenXT' });
  const reviewer = await t.user('member', { name: 'George Dunlap', affiliation: 'Cloud Software Group' });
  const conflictedReviewer = await t.user('member', { name: 'Bertrand Marquis', affiliation: 'Independent' });
  const otherChair = await t.user('member', { name: 'Juergen Gross', affiliation: 'SUSE' });

  // Booths, money and parcels.
  const budget = await createBudget(t, organizer, 5_000_000);
  const item = await stockedItem(t, organizer, `FLY-${unique()}`, 'Xen flyers', 500);
  const asset = await banner(t, organizer, `BNR-${unique()}`);
  const event = await createEvent(t, organizer, { name: `Open Source Summit ${unique()}` });
  const eventSlug = (await call(t.http().get(`/api/events/${event.id}`).set(bearer(organizer)), 200)).slug as string;
  const draftProposal = await propose(t, owner, event.id);
  const proposalB = await propose(t, secondMember, event.id);
  const approved = await approvedBooth(t, organizer, owner);
  const parcel = await shipment(t, organizer, { boothProposalId: approved.id, lines: [{ itemId: item.id, quantity: 5 }] });
  const approvedB = await approvedBooth(t, organizer, secondMember, {}, { name: `Booth event ${unique()}` });
  const parcelB = await shipment(t, organizer, { boothProposalId: approvedB.id, lines: [{ itemId: item.id, quantity: 2 }] });
  const addPhoto = async () =>
    (
      await call(
        t
          .http()
          .post(`/api/booth-proposals/${approved.id}/photos`)
          .set(bearer(owner))
          .attach('file', await photo(), 'booth.jpg'),
        201,
      )
    ).id as number;
  const boothPhoto = await addPhoto();
  // Five-minute shifts one after another, from 06:00: the volunteer never overlaps their own.
  let shifts = 0;
  const offerShift = async () => {
    const at = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const start = 6 * 60 + 5 * shifts++;
    return (
      await call(
        t
          .http()
          .post('/api/booth-shifts')
          .set(bearer(secondMember))
          .send({ boothProposalId: approved.id, day: `${year}-06-12`, startTime: at(start), endTime: at(start + 5) }),
        201,
      )
    ).id as number;
  };
  const shift = await offerShift();
  const ledgerEntry = await call(
    t
      .http()
      .post('/api/ledger-entries')
      .set(bearer(organizer))
      .send({ budgetId: budget.id, kind: 'expense', amount: 1_500, currency: 'USD', memo: 'Courier for the banner' }),
    201,
  );

  // Two summits: the first one's committee has the reviewers, the second one is chaired by otherChair.
  const s1 = await setUpSummit(t);
  const s2 = await setUpSummit(t);
  const reviewerSeat = await seat(t, s1, reviewer);
  // The chair records the seat's affiliation, which matches the owner's: an automatic conflict.
  await seat(t, s1, conflictedReviewer, 'reviewer', { affiliation: 'Arm Ltd' });
  await seat(t, s2, otherChair, 'chair');
  const submission = await submitTalk(t, s1, owner, { title: 'Xen on Arm: the boot path' });
  const assignment = await assign(t, s1, submission.id, reviewer);
  const ownerReview = await review(t, reviewer, submission.id, 1);
  const organizerTalk = await submitTalk(t, s1, organizerSpeaker, { title: 'Organizer keynote: state of the project' });
  const organizerTalkAssignment = await assign(t, s1, organizerTalk.id, reviewer);
  const organizerTalkReview = await review(t, reviewer, organizerTalk.id, 2, { commentToCommittee: 'Organizer keynote reviewed' });
  const submissionB = await submitTalk(t, s2, secondMember, { title: 'XCP-ng in production' });
  // A third summit whose decisions are out: the owner's accepted talk has its slides in the library.
  const library = await librarySummit(t, owner, 'Xen on Arm: the slides');
  const draftSubmission = await call(
    t
      .http()
      .post('/api/submissions')
      .set(bearer(owner))
      .send({ cfpId: s1.cfpId, title: 'A draft nobody else sees', abstract: 'Draft.', format: 'talk', track: 'Core', level: 'beginner' }),
    201,
  );
  const declare = async () =>
    (
      await call(
        t
          .http()
          .post('/api/conflicts')
          .set(bearer(conflictedReviewer))
          .send({ organization: `Former employer ${unique()}` }),
        201,
      )
    ).id as number;
  const conflict = await declare();
  const slotRoom = `Room ${unique()}`;
  const slot = await call(
    t
      .http()
      .post('/api/agenda-slots')
      .set(bearer(s1.chair))
      .send({ eventId: s1.eventId, room: slotRoom, startsAt: summitDay('09:00'), endsAt: summitDay('09:30'), title: 'Welcome' }),
    201,
  );

  // Contests: one taking entries, one in its voting window with a vote cast by the owner.
  const contest = await publishedContest(t, organizer, windows.entriesOpen());
  const entry = await enter(t, owner, contest.id, 'Penguin');
  const entryB = await enter(t, secondMember, contest.id, 'Panda');
  const votingContest = await publishedContest(t, organizer, windows.entriesOpen());
  const votable = await enter(t, secondMember, votingContest.id, 'Otter', await png());
  await approve(t, organizer, votable.id);
  // Entries close and voting opens, as the passing of time would.
  await t.dataSource.query(
    `UPDATE contest SET entries_open_at = now() - interval '14 days', entries_close_at = now() - interval '1 day', ` +
      `voting_opens_at = now() - interval '1 day' WHERE id = $1`,
    [votingContest.id],
  );
  const vote = await call(t.http().post('/api/votes').set(bearer(owner)).send({ contestId: votingContest.id, entryId: votable.id }), 201);
  const draftContest = await call(
    t
      .http()
      .post('/api/contests')
      .set(bearer(organizer))
      .send({
        title: 'Draft contest',
        rules: 'Rules.',
        prize: 5_000,
        currency: 'USD',
        license: 'CC BY 4.0',
        timeZone: 'UTC',
        ...windows.upcoming(),
      }),
    201,
  );

  // Sponsors and their sponsorships (no Stripe keys here: a purchase is a pending bank transfer).
  // The owner is the contact of a verified company with a logo; the second member of an unverified
  // one (with a logo nobody may see yet) and of a verified one with a sponsorship of its own.
  const sponsorName = (company: string) => `${company} ${unique()}`;
  const ownerSponsorName = sponsorName('Arm Holdings');
  const newSponsor = async (contact: TestUser, name = sponsorName('Sponsor')) =>
    (await call(t.http().post('/api/sponsors').set(bearer(contact)).send({ name, website: 'https://sponsor.example.org' }), 201))
      .id as number;
  const uploadLogo = async (who: TestUser, id: number) =>
    call(
      t
        .http()
        .post(`/api/sponsors/${id}/logo`)
        .set(bearer(who))
        .attach('file', await png(), 'logo.png'),
      200,
    );
  const verifySponsor = async (id: number) => call(t.http().post(`/api/sponsors/${id}/verify`).set(bearer(organizer)).send({}), 200);
  const verifiedSponsorOf = async (contact: TestUser, name?: string) => {
    const id = await newSponsor(contact, name);
    await uploadLogo(organizer, id);
    await verifySponsor(id);
    return id;
  };
  const ownerSponsor = await verifiedSponsorOf(owner, ownerSponsorName);
  const unverifiedSponsorName = sponsorName('Vates');
  const unverifiedSponsor = await newSponsor(secondMember, unverifiedSponsorName);
  await uploadLogo(secondMember, unverifiedSponsor);
  const sponsorB = await verifiedSponsorOf(secondMember, sponsorName('Vates Verified'));
  const newPackage = async (name: string) =>
    (
      await call(
        t
          .http()
          .post('/api/sponsorship-packages')
          .set(bearer(organizer))
          .send({
            eventId: event.id,
            name,
            price: 250_000,
            currency: 'USD',
            benefits: ['Logo on the event page'],
            quantity: 1_000,
            salesOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
            salesCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          }),
        201,
      )
    ).id as number;
  const sponsorshipPackage = await newPackage(`Gold ${unique()}`);
  const buySponsorship = async (buyer: TestUser, sponsorId: number) => {
    const bought = await call(
      t.http().post('/api/sponsorships').set(bearer(buyer)).send({ packageId: sponsorshipPackage, sponsorId }),
      201,
    );
    expect(bought).toMatchObject({ status: 'pending', paymentMethod: 'bank_transfer', checkoutUrl: null });
    return bought.id as number;
  };
  const paidSponsorshipOf = async (buyer: TestUser, sponsorId: number) => {
    const id = await buySponsorship(buyer, sponsorId);
    await call(
      t
        .http()
        .post(`/api/sponsorships/${id}/record-payment`)
        .set(bearer(organizer))
        .send({ reference: `BANK-${unique()}` }),
      200,
    );
    return id;
  };
  const pendingSponsorship = await buySponsorship(owner, ownerSponsor);
  const paidSponsorship = await paidSponsorshipOf(owner, ownerSponsor);
  const sponsorshipB = await buySponsorship(secondMember, sponsorB);

  // News: a published announcement and an organizer's draft; a draft digest and a sent one.
  const newAnnouncement = async (publish: boolean) => {
    const { id } = await call(
      t
        .http()
        .post('/api/announcements')
        .set(bearer(organizer))
        .send({ title: `News ${unique()}`, body: 'Booth help wanted' }),
      201,
    );
    if (publish) await call(t.http().post(`/api/announcements/${id}/publish`).set(bearer(organizer)).send({}), 200);
    return id as number;
  };
  const announcement = await newAnnouncement(true);
  const draftAnnouncement = await newAnnouncement(false);
  let digestWeeks = 0;
  const newDigest = async () => {
    digestWeeks += 1;
    const week = `2040-W${String(digestWeeks).padStart(2, '0')}`;
    return (await call(t.http().post('/api/digests').set(bearer(organizer)).send({ week }), 201)).id as number;
  };
  const digest = await newDigest();
  const sentDigest = await newDigest();
  await call(t.http().post(`/api/digests/${sentDigest}/send`).set(bearer(organizer)).send({}), 200);

  const spareUser = async () => (await t.user('member')).id;
  const submittedTalk = async (speaker: TestUser, s: Summit) =>
    (await submitTalk(t, s, speaker, { title: `Talk ${unique()}` })).id as number;
  const fresh: World['fresh'] = {
    event: async () => (await createEvent(t, organizer, { name: `Meetup ${unique()}` })).id,
    summitEvent: async () => (await createEvent(t, organizer, { name: `Summit ${unique()}`, kind: 'summit' })).id,
    draftProposal: async () => (await propose(t, owner, event.id)).id,
    submittedProposal: async () => {
      const proposal = await propose(t, owner, event.id);
      await act(t, owner, proposal.id, 'submit');
      return proposal.id;
    },
    inReviewProposal: async () => (await inReview(t, owner, organizer, event.id)).id,
    approvedProposal: async () => (await approvedBooth(t, organizer, owner, {}, { name: `Booth event ${unique()}` })).id,
    approvedFeeProposal: async () => {
      const proposal = await inReview(t, owner, organizer, event.id, { feeRequested: 1_000 });
      return (await act(t, organizer, proposal.id, 'approve', { feeApproved: 1_000 })).id as number;
    },
    shipment: async () => (await shipment(t, organizer, { boothProposalId: approved.id, lines: [{ itemId: item.id, quantity: 1 }] })).id,
    photo: addPhoto,
    shift: offerShift,
    item: async () => (await stockedItem(t, organizer, `ITM-${unique()}`, 'Spare item', 0)).id,
    banner: async () => (await banner(t, organizer, `BNR-${unique()}`)).id,
    spareUser,
    seat: async () => (await seat(t, s1, await t.user('member'))).id,
    submission: async () => {
      const id = await submittedTalk(owner, s1);
      await assign(t, s1, id, reviewer);
      return id;
    },
    submittedTalk: () => submittedTalk(owner, s1),
    organizerTalk: () => submittedTalk(organizerSpeaker, s1),
    draftSubmission: async () =>
      (
        await call(
          t
            .http()
            .post('/api/submissions')
            .set(bearer(owner))
            .send({ cfpId: s1.cfpId, title: `Draft ${unique()}`, abstract: 'Draft.', format: 'talk', track: 'Core', level: 'beginner' }),
          201,
        )
      ).id,
    conflict: declare,
    slot: async () =>
      (
        await call(
          t
            .http()
            .post('/api/agenda-slots')
            .set(bearer(s1.chair))
            .send({
              eventId: s1.eventId,
              room: `Room ${unique()}`,
              startsAt: summitDay('11:00'),
              endsAt: summitDay('11:30'),
              title: 'Break',
            }),
          201,
        )
      ).id,
    draftContest: async () =>
      (
        await call(
          t
            .http()
            .post('/api/contests')
            .set(bearer(organizer))
            .send({
              title: `Draft ${unique()}`,
              rules: 'Rules.',
              prize: 5_000,
              currency: 'USD',
              license: 'CC BY 4.0',
              timeZone: 'UTC',
              ...windows.upcoming(),
            }),
          201,
        )
      ).id,
    entry: async () => (await enter(t, owner, contest.id, 'Fresh entry', await png())).id,
    ownerSponsor: () => verifiedSponsorOf(owner),
    unverifiedSponsor: () => newSponsor(secondMember),
    spareSponsor: () => newSponsor(owner),
    sparePackage: () => newPackage(`Spare ${unique()}`),
    pendingSponsorship: () => buySponsorship(owner, ownerSponsor),
    paidSponsorship: () => paidSponsorshipOf(owner, ownerSponsor),
    sponsorshipB: () => buySponsorship(secondMember, sponsorB),
    announcement: () => newAnnouncement(true),
    draftAnnouncement: () => newAnnouncement(false),
    digest: newDigest,
  };

  return {
    t,
    users: { member, owner, secondMember, reviewer, conflictedReviewer, otherChair, organizer, organizerSpeaker, chair: s1.chair },
    ids: {
      budget: budget.id,
      ledgerEntry: ledgerEntry.id,
      item: item.id,
      banner: asset.id,
      event: event.id,
      eventSlug,
      draftProposal: draftProposal.id,
      proposalB: proposalB.id,
      approvedProposal: approved.id,
      shipment: parcel.id,
      approvedProposalB: approvedB.id,
      shipmentB: parcelB.id,
      photo: boothPhoto,
      shift,
      ownerUser: owner.id,
      secondMemberUser: secondMember.id,
      summitEvent: s1.eventId,
      summitSlug: s1.slug,
      committee: s1.committeeId,
      otherCommittee: s2.committeeId,
      reviewerSeat: reviewerSeat.id,
      cfp: s1.cfpId,
      otherCfp: s2.cfpId,
      submission: submission.id,
      submissionB: submissionB.id,
      draftSubmission: draftSubmission.id,
      acceptedTalk: library.talk.id,
      presentation: library.presentation.id,
      organizerTalk: organizerTalk.id,
      organizerTalkAssignment: organizerTalkAssignment.id,
      assignment: assignment.id,
      review: ownerReview.id,
      organizerTalkReview: organizerTalkReview.id,
      conflict,
      slot: slot.id,
      contest: contest.id,
      draftContest: draftContest.id,
      votingContest: votingContest.id,
      entry: entry.id,
      entryB: entryB.id,
      votableEntry: votable.id,
      vote: vote.id,
      ownerSponsor,
      unverifiedSponsor,
      sponsorB,
      sponsorshipPackage,
      pendingSponsorship,
      paidSponsorship,
      sponsorshipB,
      announcement,
      draftAnnouncement,
      digest,
      sentDigestWeek: '2040-W02',
      // Records like those above, in the state the actions refused to most actors need.
      spareUser: await spareUser(),
      submittedProposal: await fresh.submittedProposal(),
      inReviewProposal: await fresh.inReviewProposal(),
      approvedFeeProposal: await fresh.approvedFeeProposal(),
      submittedTalk: await fresh.submittedTalk(),
      seat: await fresh.seat(),
      conflictedReviewerUser: conflictedReviewer.id,
      spareSponsor: await fresh.spareSponsor(),
      sparePackage: await fresh.sparePackage(),
      missing: 999_999,
      shiftDay: `${year}-06-12`,
      slotStart: summitDay('14:00'),
      slotEnd: summitDay('14:30'),
    },
    markers: {
      submission: 'Xen on Arm: the boot path',
      organizerTalk: 'Organizer keynote: state of the project',
      submissionB: 'XCP-ng in production',
      ownerSponsor: ownerSponsorName,
      unverifiedSponsor: unverifiedSponsorName,
    },
    fresh,
  };
}

// Substitutes `{name}` placeholders in paths and bodies with the world's ids; `{unique}` with a new token.
export function resolve(world: World, value: unknown, overrides: Record<string, number | string> = {}): unknown {
  if (typeof value === 'string') {
    const whole = /^\{(\w+)\}$/.exec(value);
    if (whole) return lookup(world, whole[1], overrides);
    return value.replace(/\{(\w+)\}/g, (_, name: string) => String(lookup(world, name, overrides)));
  }
  if (Array.isArray(value)) return value.map((element) => resolve(world, element, overrides));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, resolve(world, element, overrides)]));
  return value;
}

let uniqueYear = 2040;
function lookup(world: World, name: string, overrides: Record<string, number | string>) {
  if (name === 'unique') return unique();
  if (name === 'uniqueYear') return (uniqueYear += 1);
  const found = overrides[name] ?? world.ids[name];
  expect(found, `the world has no record named ${name}`).toBeDefined();
  return found;
}
