import { formatMoney, type BoothProposalAction, type MailKind, type MailLanguage, type SubmissionDecision } from '@summitdesk/contracts';

// One template per kind of mail, in English and German. A template says what the mail says as
// blocks (paragraphs, bulleted lists, links to a path of the app); renderMail turns the blocks into
// the plain text and the HTML of the same mail, and builds every link from PUBLIC_URL.
type MailBlock = string | { list: string[] } | { link: string; label: string };
type MailDraft = { subject: string; blocks: MailBlock[]; html?: string };
type Money = { amount: number; currency: string };

type Params = {
  email_verification: { name: string; hours: number; link: string };
  speaker_invitation: { inviter: string; title: string; eventName: string; expiresOn: string; link: string };
  subscription_confirmation: { link: string };
  submission_decision: {
    speaker: string | null;
    title: string;
    eventName: string;
    decision: SubmissionDecision;
    submissionId: number;
    feedback: string[];
  };
  sponsorship_paid: {
    how: 'card' | 'transfer';
    sponsorName: string;
    packageName: string;
    eventName: string;
    paid: Money;
    reference: string | null;
  };
  sponsorship_refunded: { sponsorName: string; packageName: string; eventName: string; refunded: Money };
  contest_entry_hidden: { title: string; contestTitle: string; reason: string };
  contest_won: { author: string; title: string; contestTitle: string; prize: Money; contestId: number };
  booth_proposal_step: {
    eventName: string;
    action: BoothProposalAction;
    actorName: string | null;
    approved: { fee: Money; asked: Money } | null;
    paid: Money | null;
    reportDue: boolean;
    note: string | null;
    proposalId: number;
  };
  booth_proposal_reminder: { eventName: string; waitingFor: 'start' | 'decision'; days: number; proposalId: number };
  booth_report_reminder: { eventName: string; daysSinceEnd: number; held: boolean; proposalId: number };
  booth_shift_offered: { volunteer: string; eventName: string; when: string; proposalId: number };
  booth_shift_decided: {
    byVolunteer: boolean;
    volunteer: string;
    actorName: string;
    status: string;
    eventName: string;
    when: string;
    note: string | null;
    proposalId: number;
  };
  shipment_shipped: {
    eventName: string;
    shipmentId: number;
    contents: string;
    carrier: string;
    trackingNumber: string;
    trackingUrl: string | null;
    cost: Money | null;
  };
  shipment_warning: { eventName: string; message: string };
  review_assigned: { eventName: string; talks: Array<{ id: number; title: string }>; closesAt: string; timeZone: string };
  conflict_declared: {
    reviewer: string;
    eventName: string;
    organization: string | null;
    person: string | null;
    // A conflict declared with one submission (a "conflict" bid): its title.
    submission?: string | null;
    released: number;
  };
  contest_voting_opened: { contestTitle: string; closesAt: string; timeZone: string; contestId: number };
  contest_voting_closed: { contestTitle: string; early: boolean; contestId: number };
  review_reminder: { talks: string[] };
  review_second_round: { title: string; submissionId: number };
  bidding_opened: { eventName: string; cfpId: number };
  author_response: { title: string; submissionId: number };
  // `comment` is null for a member who has not reviewed the talk yet: they are told, not shown.
  discussion_mention: { author: string; title: string; comment: string | null; submissionId: number };
  // Already written in the reader's language by the digest feature.
  digest: { subject: string; text: string; html: string };
  // Written by an organizer or chair; the same words in every language.
  announcement: { title: string; text: string };
};
export type MailParams<K extends MailKind> = Params[K];

type Template<K extends MailKind> = Record<MailLanguage, (params: Params[K]) => MailDraft>;

const money = (value: Money, language: MailLanguage) => formatMoney(value.amount, value.currency, language);
const date = (iso: string, timeZone: string, language: MailLanguage) =>
  new Date(iso).toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' });

// Whom a declared conflict is with: an organisation, one submission, or a person.
function conflictTarget(
  p: { organization: string | null; submission?: string | null; person: string | null },
  organisation: string,
  submission: string,
  member: string,
  open: string,
  close: string,
): string {
  if (p.organization) return `${organisation} ${open}${p.organization}${close}`;
  if (p.submission) return `${submission} ${open}${p.submission}${close}`;
  return p.person ?? member;
}

const BOOTH_STEP: Record<MailLanguage, Record<BoothProposalAction, string>> = {
  en: {
    submit: 'submitted for review',
    start_review: 'under review',
    request_changes: 'changes requested',
    approve: 'approved',
    reject: 'not approved',
    withdraw: 'withdrawn',
    cancel: 'cancelled',
    mark_paid: 'booth fee paid',
    mark_shipped: 'materials shipped',
    mark_held: 'booth held',
    report: 'report filed',
    close: 'closed',
  },
  de: {
    submit: 'zur Prüfung eingereicht',
    start_review: 'in Prüfung',
    request_changes: 'Änderungen erbeten',
    approve: 'genehmigt',
    reject: 'nicht genehmigt',
    withdraw: 'zurückgezogen',
    cancel: 'abgesagt',
    mark_paid: 'Standgebühr bezahlt',
    mark_shipped: 'Material verschickt',
    mark_held: 'Stand durchgeführt',
    report: 'Bericht eingereicht',
    close: 'abgeschlossen',
  },
};

const DECISION: Record<MailLanguage, Record<SubmissionDecision, string>> = {
  en: { accept: 'accepted', reject: 'not accepted', waitlist: 'put on the waiting list' },
  de: { accept: 'angenommen', reject: 'nicht angenommen', waitlist: 'auf die Warteliste gesetzt' },
};

const proposalLink = (id: number, language: MailLanguage): MailBlock => ({
  link: `/booth-proposals/${id}/show`,
  label: language === 'de' ? 'Zum Standantrag' : 'Open the proposal',
});

export const MAIL_TEMPLATES: { [K in MailKind]: Template<K> } = {
  email_verification: {
    en: (p) => ({
      subject: 'Confirm your e-mail address for Summitdesk',
      blocks: [
        `Hello ${p.name},`,
        `please confirm that this is your address by opening this link within ${p.hours} hours:`,
        { link: p.link, label: 'Confirm my address' },
        'Until then you can use Summitdesk as usual, but invitations sent to this address cannot be accepted.\n' +
          'If you did not create an account, ignore this mail.',
      ],
    }),
    de: (p) => ({
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Summitdesk',
      blocks: [
        `Hallo ${p.name},`,
        `bitte bestätigen Sie innerhalb von ${p.hours} Stunden mit diesem Link, dass dies Ihre Adresse ist:`,
        { link: p.link, label: 'Adresse bestätigen' },
        'Bis dahin können Sie Summitdesk wie gewohnt nutzen, aber Einladungen an diese Adresse nicht annehmen.\n' +
          'Haben Sie kein Konto angelegt, ignorieren Sie diese Mail.',
      ],
    }),
  },
  speaker_invitation: {
    en: (p) => ({
      subject: `${p.inviter} invites you to co-present "${p.title}" at ${p.eventName}`,
      blocks: [
        `${p.inviter} has proposed the talk "${p.title}" for ${p.eventName} and named you as a co-speaker.`,
        `To accept or decline, open this link (it works once, until ${p.expiresOn}):`,
        { link: p.link, label: 'Answer the invitation' },
        'You will be asked to sign in or register, and to confirm your e-mail address first.',
      ],
    }),
    de: (p) => ({
      subject: `${p.inviter} lädt Sie ein, „${p.title}“ bei ${p.eventName} mitzupräsentieren`,
      blocks: [
        `${p.inviter} hat den Vortrag „${p.title}“ für ${p.eventName} eingereicht und Sie als Ko-Referent:in genannt.`,
        `Um zuzusagen oder abzulehnen, öffnen Sie diesen Link (er gilt einmal, bis ${p.expiresOn}):`,
        { link: p.link, label: 'Einladung beantworten' },
        'Sie werden gebeten, sich anzumelden oder zu registrieren und zuerst Ihre E-Mail-Adresse zu bestätigen.',
      ],
    }),
  },
  subscription_confirmation: {
    en: (p) => ({
      subject: 'Confirm your Summitdesk subscription',
      blocks: [
        "Someone (we hope you) asked to receive the community's weekly digest and news at this address.",
        'Confirm by opening this link:',
        { link: p.link, label: 'Confirm the subscription' },
        'If it was not you, ignore this mail and nothing will be sent.',
      ],
    }),
    de: (p) => ({
      subject: 'Bitte bestätigen Sie Ihr Summitdesk-Abonnement',
      blocks: [
        'Jemand (hoffentlich Sie) möchte den wöchentlichen Newsletter der Community und Neuigkeiten an diese Adresse erhalten.',
        'Bitte bestätigen Sie mit diesem Link:',
        { link: p.link, label: 'Abonnement bestätigen' },
        'Waren Sie es nicht, ignorieren Sie diese Mail; wir senden nichts.',
      ],
    }),
  },
  submission_decision: {
    en: (p) => ({
      subject: `Your talk "${p.title}" was ${DECISION.en[p.decision]} for ${p.eventName}`,
      blocks: [
        `Dear ${p.speaker ?? 'speaker'},`,
        `the program committee of ${p.eventName} has ${DECISION.en[p.decision]} your talk "${p.title}". ` +
          (p.decision === 'accept'
            ? `Please confirm that you will give the talk (or decline) in Summitdesk under "My talks" (submission ${p.submissionId}).`
            : p.decision === 'waitlist'
              ? 'We will write again if a slot opens up.'
              : 'Thank you for proposing it; we hope to see you at the summit all the same.'),
        ...(p.feedback.length ? ['Comments from the reviewers:', { list: p.feedback }] : []),
        { link: `/submissions/${p.submissionId}/show`, label: 'Open the talk' },
      ],
    }),
    de: (p) => ({
      subject: `Ihr Vortrag „${p.title}“ wurde für ${p.eventName} ${DECISION.de[p.decision]}`,
      blocks: [
        `Liebe:r ${p.speaker ?? 'Referent:in'},`,
        `das Programmkomitee von ${p.eventName} hat Ihren Vortrag „${p.title}“ ${DECISION.de[p.decision]}. ` +
          (p.decision === 'accept'
            ? `Bitte bestätigen Sie in Summitdesk unter „Meine Vorträge“, dass Sie ihn halten (oder sagen Sie ab) ` +
              `(Einreichung ${p.submissionId}).`
            : p.decision === 'waitlist'
              ? 'Wir melden uns, falls ein Platz frei wird.'
              : 'Danke für Ihren Vorschlag; wir hoffen, Sie trotzdem beim Summit zu sehen.'),
        ...(p.feedback.length ? ['Kommentare der Gutachter:innen:', { list: p.feedback }] : []),
        { link: `/submissions/${p.submissionId}/show`, label: 'Zum Vortrag' },
      ],
    }),
  },
  sponsorship_paid: {
    en: (p) => ({
      subject: `Thank you: ${p.packageName} sponsorship of ${p.eventName} is paid`,
      blocks: [
        p.how === 'card'
          ? `We received ${money(p.paid, 'en')} from ${p.sponsorName} for the ${p.packageName} sponsorship of ${p.eventName}. ` +
            'Thank you for supporting the community.'
          : `We received your bank transfer of ${money(p.paid, 'en')} (reference ${p.reference}) for the ${p.packageName} ` +
            `sponsorship of ${p.eventName}.`,
      ],
    }),
    de: (p) => ({
      subject: `Vielen Dank: Das ${p.packageName}-Sponsoring von ${p.eventName} ist bezahlt`,
      blocks: [
        p.how === 'card'
          ? `Wir haben ${money(p.paid, 'de')} von ${p.sponsorName} für das ${p.packageName}-Sponsoring von ${p.eventName} erhalten. ` +
            'Danke, dass Sie die Community unterstützen.'
          : `Wir haben Ihre Überweisung über ${money(p.paid, 'de')} (Verwendungszweck ${p.reference}) für das ` +
            `${p.packageName}-Sponsoring ` +
            `von ${p.eventName} erhalten.`,
      ],
    }),
  },
  sponsorship_refunded: {
    en: (p) => ({
      subject: `Refund of ${money(p.refunded, 'en')} for the ${p.packageName} sponsorship of ${p.eventName}`,
      blocks: [`We refunded ${money(p.refunded, 'en')} of the ${p.packageName} sponsorship of ${p.eventName} to ${p.sponsorName}.`],
    }),
    de: (p) => ({
      subject: `Erstattung von ${money(p.refunded, 'de')} für das ${p.packageName}-Sponsoring von ${p.eventName}`,
      blocks: [`Wir haben ${p.sponsorName} ${money(p.refunded, 'de')} des ${p.packageName}-Sponsorings von ${p.eventName} erstattet.`],
    }),
  },
  contest_entry_hidden: {
    en: (p) => ({
      subject: `Your entry "${p.title}" has been hidden`,
      blocks: [
        `An organizer of "${p.contestTitle}" has hidden your entry "${p.title}", so it is no longer shown in the gallery or ` +
          `open for votes.`,
        `The reason given:\n${p.reason}`,
        'Reply to the organizers if you think this is a mistake.',
      ],
    }),
    de: (p) => ({
      subject: `Ihr Beitrag „${p.title}“ wurde ausgeblendet`,
      blocks: [
        `Ein:e Organisator:in von „${p.contestTitle}“ hat Ihren Beitrag „${p.title}“ ausgeblendet; er erscheint nicht mehr in der ` +
          'Galerie und kann nicht mehr gewählt werden.',
        `Die angegebene Begründung:\n${p.reason}`,
        'Antworten Sie den Organisator:innen, wenn Sie das für einen Irrtum halten.',
      ],
    }),
  },
  contest_won: {
    en: (p) => ({
      subject: `You won ${p.contestTitle}!`,
      blocks: [
        `Congratulations, ${p.author}: your entry "${p.title}" won "${p.contestTitle}". The prize of ${money(p.prize, 'en')} has been ` +
          'recorded for payment; an organizer will be in touch about how you would like to receive it.',
        { link: `/contests/${p.contestId}/show`, label: 'Open the contest' },
      ],
    }),
    de: (p) => ({
      subject: `Sie haben ${p.contestTitle} gewonnen!`,
      blocks: [
        `Herzlichen Glückwunsch, ${p.author}: Ihr Beitrag „${p.title}“ hat „${p.contestTitle}“ gewonnen. Der Preis von ` +
          `${money(p.prize, 'de')} ist zur Auszahlung vermerkt; ein:e Organisator:in meldet sich, wie Sie ihn erhalten möchten.`,
        { link: `/contests/${p.contestId}/show`, label: 'Zum Wettbewerb' },
      ],
    }),
  },
  booth_proposal_step: {
    en: (p) => ({
      subject: `Booth at ${p.eventName}: ${BOOTH_STEP.en[p.action]}`,
      blocks: [
        [
          `${p.actorName ?? 'Summitdesk'} marked the booth proposal for ${p.eventName} as ${BOOTH_STEP.en[p.action]}.`,
          ...(p.approved ? [`Approved booth fee: ${money(p.approved.fee, 'en')} (asked: ${money(p.approved.asked, 'en')}).`] : []),
          ...(p.paid ? [`The booth fee of ${money(p.paid, 'en')} has been paid.`] : []),
          ...(p.reportDue ? ['Please file the post-event report: visitors, leads, photos, actual spend and lessons.'] : []),
        ].join('\n'),
        ...(p.note ? [p.note] : []),
        proposalLink(p.proposalId, 'en'),
      ],
    }),
    de: (p) => ({
      subject: `Stand bei ${p.eventName}: ${BOOTH_STEP.de[p.action]}`,
      blocks: [
        [
          `${p.actorName ?? 'Summitdesk'} hat den Standantrag für ${p.eventName} als „${BOOTH_STEP.de[p.action]}“ markiert.`,
          ...(p.approved ? [`Genehmigte Standgebühr: ${money(p.approved.fee, 'de')} (beantragt: ${money(p.approved.asked, 'de')}).`] : []),
          ...(p.paid ? [`Die Standgebühr von ${money(p.paid, 'de')} ist bezahlt.`] : []),
          ...(p.reportDue
            ? ['Bitte reichen Sie den Bericht nach der Veranstaltung ein: Besucher, Kontakte, Fotos, Ausgaben und Erkenntnisse.']
            : []),
        ].join('\n'),
        ...(p.note ? [p.note] : []),
        proposalLink(p.proposalId, 'de'),
      ],
    }),
  },
  booth_proposal_reminder: {
    en: (p) => ({
      subject: `Reminder: booth proposal for ${p.eventName} is waiting`,
      blocks: [
        `The booth proposal for ${p.eventName} has been ` +
          `${p.waitingFor === 'start' ? 'waiting for someone to start the review' : 'in review without a decision'} for ${p.days} days.`,
        proposalLink(p.proposalId, 'en'),
      ],
    }),
    de: (p) => ({
      subject: `Erinnerung: Der Standantrag für ${p.eventName} wartet`,
      blocks: [
        `Der Standantrag für ${p.eventName} ` +
          `${p.waitingFor === 'start' ? 'wartet seit' : 'ist ohne Entscheidung in Prüfung seit'} ${p.days} Tagen` +
          `${p.waitingFor === 'start' ? ' darauf, dass jemand die Prüfung beginnt' : ''}.`,
        proposalLink(p.proposalId, 'de'),
      ],
    }),
  },
  booth_report_reminder: {
    en: (p) => ({
      subject: `Reminder: the report for your booth at ${p.eventName} is missing`,
      blocks: [
        `${p.eventName} ended ${p.daysSinceEnd} days ago. Please ${p.held ? '' : 'mark the booth held and '}file the post-event report: ` +
          'visitors, leads, photos, actual spend and lessons.',
        proposalLink(p.proposalId, 'en'),
      ],
    }),
    de: (p) => ({
      subject: `Erinnerung: Der Bericht zu Ihrem Stand bei ${p.eventName} fehlt`,
      blocks: [
        `${p.eventName} ist seit ${p.daysSinceEnd} Tagen vorbei. Bitte ${p.held ? '' : 'markieren Sie den Stand als durchgeführt und '}` +
          'reichen Sie den Bericht ein: Besucher, Kontakte, Fotos, Ausgaben und Erkenntnisse.',
        proposalLink(p.proposalId, 'de'),
      ],
    }),
  },
  booth_shift_offered: {
    en: (p) => ({
      subject: `Booth at ${p.eventName}: ${p.volunteer} offers a shift`,
      blocks: [
        `${p.volunteer} offers to staff your booth at ${p.eventName} on ${p.when} (event time).`,
        { link: `/booth-proposals/${p.proposalId}/show`, label: 'Confirm or decline it' },
      ],
    }),
    de: (p) => ({
      subject: `Stand bei ${p.eventName}: ${p.volunteer} bietet eine Schicht an`,
      blocks: [
        `${p.volunteer} bietet an, Ihren Stand bei ${p.eventName} am ${p.when} (Ortszeit der Veranstaltung) zu betreuen.`,
        { link: `/booth-proposals/${p.proposalId}/show`, label: 'Bestätigen oder ablehnen' },
      ],
    }),
  },
  booth_shift_decided: {
    en: (p) => ({
      subject: `Booth at ${p.eventName}: shift ${p.status}`,
      blocks: [
        p.byVolunteer
          ? `${p.volunteer} cancelled their shift at your booth at ${p.eventName} on ${p.when}.`
          : `${p.actorName} ${p.status} your shift at the booth at ${p.eventName} on ${p.when} (event time).`,
        ...(p.note ? [p.note] : []),
        { link: `/booth-proposals/${p.proposalId}/show`, label: 'Open the booth' },
      ],
    }),
    de: (p) => ({
      subject: `Stand bei ${p.eventName}: Schicht ${SHIFT_STATUS_DE[p.status] ?? p.status}`,
      blocks: [
        p.byVolunteer
          ? `${p.volunteer} hat die Schicht an Ihrem Stand bei ${p.eventName} am ${p.when} abgesagt.`
          : `${p.actorName} hat Ihre Schicht am Stand bei ${p.eventName} am ${p.when} (Ortszeit) ${SHIFT_STATUS_DE[p.status] ?? p.status}.`,
        ...(p.note ? [p.note] : []),
        { link: `/booth-proposals/${p.proposalId}/show`, label: 'Zum Stand' },
      ],
    }),
  },
  shipment_shipped: {
    en: (p) => ({
      subject: `Booth at ${p.eventName}: shipment #${p.shipmentId} is on its way`,
      blocks: [
        `Shipment #${p.shipmentId} (${p.contents}) left with ${p.carrier}, tracking number ${p.trackingNumber}.` +
          (p.cost ? `\nShipping cost: ${money(p.cost, 'en')}` : ''),
        p.trackingUrl ? { link: p.trackingUrl, label: 'Track it' } : 'Track it: ask the carrier',
        { link: `/shipments/${p.shipmentId}/show`, label: 'Open the shipment' },
      ],
    }),
    de: (p) => ({
      subject: `Stand bei ${p.eventName}: Sendung #${p.shipmentId} ist unterwegs`,
      blocks: [
        `Sendung #${p.shipmentId} (${p.contents}) ist mit ${p.carrier} unterwegs, Sendungsnummer ${p.trackingNumber}.` +
          (p.cost ? `\nVersandkosten: ${money(p.cost, 'de')}` : ''),
        p.trackingUrl ? { link: p.trackingUrl, label: 'Sendung verfolgen' } : 'Sendung verfolgen: beim Versanddienst nachfragen',
        { link: `/shipments/${p.shipmentId}/show`, label: 'Zur Sendung' },
      ],
    }),
  },
  shipment_warning: {
    en: (p) => ({
      subject: `Shipping warning: ${p.eventName}`,
      blocks: [`${p.message}.`, 'You get this once a week while it stays true.', { link: '/shipments', label: 'Open the shipments' }],
    }),
    de: (p) => ({
      subject: `Versandwarnung: ${p.eventName}`,
      blocks: [
        `${p.message}.`,
        'Sie erhalten diese Mail einmal pro Woche, solange das zutrifft.',
        { link: '/shipments', label: 'Zu den Sendungen' },
      ],
    }),
  },
  review_assigned: {
    en: (p) => ({
      subject: `${p.talks.length} new submission${p.talks.length === 1 ? '' : 's'} to review for ${p.eventName}`,
      blocks: [
        'You have been assigned to review:',
        { list: p.talks.map((talk) => `${talk.title} (submission ${talk.id})`) },
        `Reviews are due by ${date(p.closesAt, p.timeZone, 'en')} (${p.timeZone}). Open "Review queue" in Summitdesk to start.`,
        { link: '/review-queue', label: 'Open the review queue' },
      ],
    }),
    de: (p) => ({
      subject: `${p.talks.length} neue Einreichung${p.talks.length === 1 ? '' : 'en'} zur Begutachtung für ${p.eventName}`,
      blocks: [
        'Ihnen wurde zur Begutachtung zugewiesen:',
        { list: p.talks.map((talk) => `${talk.title} (Einreichung ${talk.id})`) },
        `Gutachten sind fällig bis ${date(p.closesAt, p.timeZone, 'de')} (${p.timeZone}). Öffnen Sie „Begutachtung“ in Summitdesk.`,
        { link: '/review-queue', label: 'Zur Begutachtung' },
      ],
    }),
  },
  conflict_declared: {
    en: (p) => ({
      subject: `${p.reviewer} declared a conflict of interest during review for ${p.eventName}`,
      blocks: [
        `${p.reviewer} declared a conflict of interest with ` +
          `${conflictTarget(p, 'the organisation', 'the submission', 'a member', '"', '"')}; ` +
          `${p.released} assignment(s) went back to the pool.`,
        'While review runs, only a chair or an organizer can remove it (Committees → Conflicts of interest).',
      ],
    }),
    de: (p) => ({
      subject: `${p.reviewer} hat während der Begutachtung für ${p.eventName} einen Interessenkonflikt erklärt`,
      blocks: [
        `${p.reviewer} hat einen Interessenkonflikt mit ` +
          `${conflictTarget(p, 'der Organisation', 'der Einreichung', 'einem Mitglied', '„', '“')} ` +
          `erklärt; ${p.released} Zuweisung(en) gingen zurück in den Pool.`,
        'Solange die Begutachtung läuft, können ihn nur Vorsitzende oder Organisator:innen entfernen (Komitees → Interessenkonflikte).',
      ],
    }),
  },
  contest_voting_opened: {
    en: (p) => ({
      subject: `Voting has opened: ${p.contestTitle}`,
      blocks: [
        `Voting in "${p.contestTitle}" is open until ${date(p.closesAt, p.timeZone, 'en')} (${p.timeZone}).`,
        { link: `/contests/${p.contestId}/show`, label: 'Vote now' },
      ],
    }),
    de: (p) => ({
      subject: `Die Abstimmung hat begonnen: ${p.contestTitle}`,
      blocks: [
        `Die Abstimmung in „${p.contestTitle}“ läuft bis ${date(p.closesAt, p.timeZone, 'de')} (${p.timeZone}).`,
        { link: `/contests/${p.contestId}/show`, label: 'Jetzt abstimmen' },
      ],
    }),
  },
  contest_voting_closed: {
    en: (p) => ({
      subject: `Voting has closed: ${p.contestTitle}`,
      blocks: [
        `Voting in "${p.contestTitle}" ${p.early ? 'closed early' : 'has closed'}. The results are now public on the contest page.`,
        { link: `/contests/${p.contestId}/show`, label: 'Open the contest' },
      ],
    }),
    de: (p) => ({
      subject: `Die Abstimmung ist beendet: ${p.contestTitle}`,
      blocks: [
        `Die Abstimmung in „${p.contestTitle}“ ${p.early ? 'wurde vorzeitig beendet' : 'ist beendet'}. Die Ergebnisse stehen ` +
          `jetzt auf der Seite des Wettbewerbs.`,
        { link: `/contests/${p.contestId}/show`, label: 'Zum Wettbewerb' },
      ],
    }),
  },
  review_reminder: {
    en: (p) => ({
      subject: `A reminder: ${p.talks.length} review${p.talks.length === 1 ? '' : 's'} still to write`,
      blocks: [
        'The chair of the program committee reminds you of the reviews still assigned to you:',
        { list: p.talks },
        { link: '/review-queue', label: 'Open the review queue' },
      ],
    }),
    de: (p) => ({
      subject: `Erinnerung: ${p.talks.length} ${p.talks.length === 1 ? 'Gutachten steht' : 'Gutachten stehen'} noch aus`,
      blocks: [
        'Die Leitung des Programmkomitees erinnert Sie an die Gutachten, die Ihnen noch zugewiesen sind:',
        { list: p.talks },
        { link: '/review-queue', label: 'Zur Gutachtenliste' },
      ],
    }),
  },
  bidding_opened: {
    en: (p) => ({
      subject: `Bidding has opened: ${p.eventName}`,
      blocks: [
        `The chair of ${p.eventName} has opened bidding. Tell the committee which talks you would like to review: ` +
          'bid on each submission, mark conflicts of interest, and set your topic interests once.',
        { link: `/bidding/${p.cfpId}`, label: 'Open the bidding page' },
      ],
    }),
    de: (p) => ({
      subject: `Gebote sind geöffnet: ${p.eventName}`,
      blocks: [
        `Die Leitung von ${p.eventName} hat die Gebotsphase geöffnet. Sagen Sie dem Komitee, welche Vorträge Sie begutachten ` +
          'möchten: bieten Sie auf jede Einreichung, melden Sie Interessenkonflikte und legen Sie einmal Ihre Themeninteressen fest.',
        { link: `/bidding/${p.cfpId}`, label: 'Zur Gebotsseite' },
      ],
    }),
  },
  review_second_round: {
    en: (p) => ({
      subject: `Second review round: ${p.title}`,
      blocks: [
        `The chair has sent "${p.title}" (submission ${p.submissionId}) to a second review round. Please review it again.`,
        { link: '/review-queue', label: 'Open the review queue' },
      ],
    }),
    de: (p) => ({
      subject: `Zweite Begutachtungsrunde: ${p.title}`,
      blocks: [
        `Die Leitung hat „${p.title}“ (Einreichung ${p.submissionId}) in eine zweite Begutachtungsrunde geschickt. Bitte ` +
          `begutachten Sie sie erneut.`,
        { link: '/review-queue', label: 'Zur Gutachtenliste' },
      ],
    }),
  },
  author_response: {
    en: (p) => ({
      subject: `The speakers answered the reviews of "${p.title}"`,
      blocks: [
        `The speakers of "${p.title}" (submission ${p.submissionId}) have answered the reviews. Read the response; you may ` +
          `revise your score.`,
        { link: `/submissions/${p.submissionId}/show`, label: 'Open the submission' },
      ],
    }),
    de: (p) => ({
      subject: `Die Vortragenden haben auf die Gutachten zu „${p.title}“ geantwortet`,
      blocks: [
        `Die Vortragenden von „${p.title}“ (Einreichung ${p.submissionId}) haben auf die Gutachten geantwortet. ` +
          'Lesen Sie die Antwort; Sie können Ihre Bewertung ändern.',
        { link: `/submissions/${p.submissionId}/show`, label: 'Zur Einreichung' },
      ],
    }),
  },
  discussion_mention: {
    en: (p) => ({
      subject: `${p.author} mentioned you in the discussion of "${p.title}"`,
      blocks: [
        p.comment === null
          ? `${p.author} mentioned you in the committee's discussion of "${p.title}". Submit your review of it to read the discussion.`
          : `${p.author} wrote in the committee's discussion of "${p.title}":`,
        ...(p.comment === null ? [] : [p.comment]),
        { link: `/submissions/${p.submissionId}/show`, label: 'Open the discussion' },
      ],
    }),
    de: (p) => ({
      subject: `${p.author} hat Sie in der Diskussion zu „${p.title}“ erwähnt`,
      blocks: [
        p.comment === null
          ? `${p.author} hat Sie in der Komiteediskussion zu „${p.title}“ erwähnt. Reichen Sie Ihr Gutachten ein, um die ` +
            `Diskussion zu lesen.`
          : `${p.author} schrieb in der Komiteediskussion zu „${p.title}“:`,
        ...(p.comment === null ? [] : [p.comment]),
        { link: `/submissions/${p.submissionId}/show`, label: 'Zur Diskussion' },
      ],
    }),
  },
  digest: {
    en: (p) => ({ subject: p.subject, blocks: [p.text], html: p.html }),
    de: (p) => ({ subject: p.subject, blocks: [p.text], html: p.html }),
  },
  announcement: {
    en: (p) => ({ subject: p.title, blocks: [p.text] }),
    de: (p) => ({ subject: p.title, blocks: [p.text] }),
  },
};

const SHIFT_STATUS_DE: Record<string, string> = {
  confirmed: 'bestätigt',
  declined: 'abgelehnt',
  cancelled: 'abgesagt',
  offered: 'angeboten',
};

const FOOTER: Record<MailLanguage, { unsubscribe: string; settings: string }> = {
  en: { unsubscribe: 'Unsubscribe', settings: 'Choose which mails you get' },
  de: { unsubscribe: 'Abbestellen', settings: 'Wählen Sie, welche Mails Sie erhalten' },
};

export type RenderedMail = { subject: string; text: string; html: string };

// A link is a path of the app (built on PUBLIC_URL) or, for a carrier's tracking page, a full URL.
const href = (publicUrl: string, link: string) => (link.startsWith('/') ? `${publicUrl.replace(/\/$/, '')}${link}` : link);

export function renderMail<K extends MailKind>(
  kind: K,
  language: MailLanguage,
  params: Params[K],
  links: { publicUrl: string; unsubscribeUrl: string },
): RenderedMail {
  const draft = MAIL_TEMPLATES[kind][language](params);
  const footer = FOOTER[language];
  const settings = href(links.publicUrl, '/settings/mail');
  const text = draft.blocks
    .map((block) =>
      typeof block === 'string'
        ? block
        : 'list' in block
          ? block.list.map((item) => `* ${item}`).join('\n')
          : `${block.label}: ${href(links.publicUrl, block.link)}`,
    )
    .join('\n\n');
  const body = draft.blocks
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`
        : 'list' in block
          ? `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
          : `<p><a href="${escapeHtml(href(links.publicUrl, block.link))}">${escapeHtml(block.label)}</a></p>`,
    )
    .join('\n');
  // The digest brings its own whole page, with a place for the recipient's unsubscribe link.
  const html = draft.html
    ? draft.html.replaceAll('{{unsubscribeUrl}}', escapeHtml(links.unsubscribeUrl))
    : `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(draft.subject)}</title></head>` +
      `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">\n${body}\n` +
      `<hr><p style="font-size:small"><a href="${escapeHtml(settings)}">${footer.settings}</a> · ` +
      `<a href="${escapeHtml(links.unsubscribeUrl)}">${footer.unsubscribe}</a></p></body></html>`;
  return {
    subject: draft.subject,
    text: `${text}\n\n--\n${footer.settings}: ${settings}\n${footer.unsubscribe}: ${links.unsubscribeUrl}\n`,
    html,
  };
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
