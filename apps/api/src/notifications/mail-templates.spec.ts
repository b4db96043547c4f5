import { MailKinds, MailLanguages, type MailKind } from '@summitdesk/contracts';
import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATES, renderMail, type MailParams } from './mail-templates.js';

const PUBLIC_URL = 'https://desk.example.test';
const UNSUBSCRIBE = `${PUBLIC_URL}/unsubscribe#token=abc`;

// One set of parameters per kind; the type makes a new kind without a sample fail to compile.
const SAMPLES: { [K in MailKind]: MailParams<K> } = {
  email_verification: { name: 'Heechul Kim', hours: 48, link: '/verify-email#token=t' },
  speaker_invitation: {
    inviter: 'Pasi',
    title: 'Live patching',
    eventName: 'Xen Summit',
    expiresOn: '2026-12-21',
    link: '/invitations/accept?token=t',
  },
  subscription_confirmation: { link: '/subscribe/confirm#token=t' },
  submission_decision: {
    speaker: 'Konrad',
    title: 'Live patching',
    eventName: 'Xen Summit',
    decision: 'accept',
    submissionId: 7,
    feedback: ['A talk the community needs.'],
  },
  sponsorship_paid: {
    how: 'transfer',
    sponsorName: 'Vates',
    packageName: 'Gold',
    eventName: 'Xen Summit',
    paid: { amount: 500_000, currency: 'EUR' },
    reference: 'RF-1',
  },
  sponsorship_refunded: {
    sponsorName: 'Vates',
    packageName: 'Gold',
    eventName: 'Xen Summit',
    refunded: { amount: 10_000, currency: 'USD' },
  },
  contest_entry_hidden: { title: 'Penguin', contestTitle: 'Mascot', reason: 'Off topic' },
  contest_won: { author: 'Konrad', title: 'Panda', contestTitle: 'Mascot', prize: { amount: 10_000, currency: 'USD' }, contestId: 3 },
  booth_proposal_step: {
    eventName: 'FOSDEM',
    action: 'approve',
    actorName: 'Stephen',
    approved: { fee: { amount: 40_000, currency: 'USD' }, asked: { amount: 50_000, currency: 'USD' } },
    paid: null,
    reportDue: false,
    note: 'See you there',
    proposalId: 4,
  },
  booth_proposal_reminder: { eventName: 'FOSDEM', waitingFor: 'start', days: 8, proposalId: 4 },
  booth_report_reminder: { eventName: 'FOSDEM', daysSinceEnd: 15, held: false, proposalId: 4 },
  booth_shift_offered: { volunteer: 'Heechul', eventName: 'FOSDEM', when: '2027-02-01, 10:00–12:00', proposalId: 4 },
  booth_shift_decided: {
    byVolunteer: false,
    volunteer: 'Heechul',
    actorName: 'Pasi',
    status: 'confirmed',
    eventName: 'FOSDEM',
    when: '2027-02-01, 10:00–12:00',
    note: null,
    proposalId: 4,
  },
  shipment_shipped: {
    eventName: 'FOSDEM',
    shipmentId: 9,
    contents: '150 pcs Xen stickers',
    carrier: 'DHL',
    trackingNumber: 'JD0001',
    trackingUrl: 'https://www.dhl.com/track?n=JD0001',
    cost: { amount: 4_500, currency: 'EUR' },
  },
  shipment_warning: { eventName: 'FOSDEM', message: 'Shipment #9 is late' },
  review_assigned: {
    eventName: 'Xen Summit',
    talks: [{ id: 7, title: 'Live patching' }],
    closesAt: '2026-12-22T07:59:00Z',
    timeZone: 'America/Los_Angeles',
  },
  conflict_declared: { reviewer: 'Juergen', eventName: 'Xen Summit', organization: 'Vates', person: null, released: 2 },
  contest_voting_opened: { contestTitle: 'Mascot', closesAt: '2026-12-22T07:59:00Z', timeZone: 'Europe/Berlin', contestId: 3 },
  contest_voting_closed: { contestTitle: 'Mascot', early: true, contestId: 3 },
  review_reminder: { talks: ['Xen on ARM', 'Transcendent memory in practice'] },
  review_second_round: { title: 'Xen on ARM', submissionId: 7 },
  bidding_opened: { eventName: 'Xen Summit North America 2027', cfpId: 3 },
  author_response: { title: 'Xen on ARM', submissionId: 7 },
  discussion_mention: { author: 'Hitoshi', title: 'Xen on ARM', comment: 'Anil, what do you think of the boot path?', submissionId: 7 },
  digest: { subject: 'Weekly digest', text: 'Welcome.', html: '<html><body>Welcome. <a href="{{unsubscribeUrl}}">x</a></body></html>' },
  announcement: { title: 'CfP open', text: 'Send your talks.' },
};

const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"<>)]+/g)].map((match) => match[0]);

describe('mail templates', () => {
  it('has a template for every kind of mail', () => {
    expect(Object.keys(MAIL_TEMPLATES).sort()).toEqual([...MailKinds].sort());
  });

  for (const kind of MailKinds) {
    for (const language of MailLanguages) {
      it(`renders ${kind} in ${language} as text and HTML, every link on PUBLIC_URL`, () => {
        const mail = renderMail(kind, language, SAMPLES[kind] as never, { publicUrl: PUBLIC_URL, unsubscribeUrl: UNSUBSCRIBE });
        for (const part of [mail.subject, mail.text, mail.html]) {
          expect(part.trim()).not.toBe('');
          expect(part).not.toMatch(/undefined|null|NaN|\[object Object\]/);
        }
        expect(mail.text).not.toMatch(/<[a-z]/i);
        expect(mail.html).toMatch(/<a href=/);
        expect(mail.text).toContain(UNSUBSCRIBE);
        // The only links not on PUBLIC_URL are a carrier's tracking page.
        for (const url of [...urls(mail.text), ...urls(mail.html)]) {
          if (!url.startsWith('https://www.dhl.com/')) expect(url.startsWith(PUBLIC_URL)).toBe(true);
        }
      });
    }
  }

  it('writes German mail in German, and English in English', () => {
    const params = { contestTitle: 'Maskottchen', closesAt: '2026-12-22T07:59:00Z', timeZone: 'Europe/Berlin', contestId: 3 };
    const links = { publicUrl: PUBLIC_URL, unsubscribeUrl: UNSUBSCRIBE };
    const de = renderMail('contest_voting_opened', 'de', params, links);
    const en = renderMail('contest_voting_opened', 'en', params, links);
    expect(de.subject).toBe('Die Abstimmung hat begonnen: Maskottchen');
    expect(de.text).toContain('22. Dezember 2026');
    expect(de.text).toContain('Abbestellen');
    expect(de.html).toContain('lang="de"');
    expect(en.subject).toBe('Voting has opened: Maskottchen');
    expect(en.text).toContain('Unsubscribe');
  });

  it('escapes what members wrote in the HTML', () => {
    const mail = renderMail(
      'contest_entry_hidden',
      'en',
      { title: '<script>x</script>', contestTitle: 'M', reason: 'a & b' },
      {
        publicUrl: PUBLIC_URL,
        unsubscribeUrl: UNSUBSCRIBE,
      },
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.text).toContain('<script>x</script>');
  });
});
