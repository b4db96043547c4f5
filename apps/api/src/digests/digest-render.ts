import { formatMoney, type NewsLanguage } from '@summitdesk/contracts';
import { formatDays, formatHours, formatInZone } from '../announcements/news-format.js';
import type { DigestContent } from './digest-content.js';

const MESSAGES = {
  en: {
    title: 'Weekly digest',
    news: 'News',
    events: 'Events: booth help wanted',
    booth: (event: string, place: string, days: string, hours: string) =>
      `${event}${place ? ` in ${place}` : ''}, ${days}: ${hours} of booth time still needs volunteers. If you are interested in ` +
      `assisting at the booth, offer a shift.`,
    cfps: 'Calls for papers',
    cfp: (event: string, deadline: string) => `${event}: submissions close ${deadline}`,
    contests: 'Contests',
    entries: (title: string, prize: string, until: string) => `${title} (prize ${prize}): entries open until ${until}`,
    voting: (title: string, prize: string, until: string) => `${title} (prize ${prize}): voting open until ${until}`,
    thanks: 'Members in action',
    thankBooth: (name: string, event: string) => `Thanks to ${name}, who will be helping at the ${event} booth`,
    thankReviews: (name: string, event: string) => `Thanks to ${name}, who finished their review queue for ${event}`,
    nothing: 'A quiet week: nothing new to report.',
    footer: 'You receive this because you subscribed to the Summitdesk weekly digest.',
    unsubscribe: 'Unsubscribe with one click',
  },
  de: {
    title: 'Wöchentlicher Rundbrief',
    news: 'Neuigkeiten',
    events: 'Veranstaltungen: Standhilfe gesucht',
    booth: (event: string, place: string, days: string, hours: string) =>
      `${event}${place ? ` in ${place}` : ''}, ${days}: Für ${hours} Standzeit suchen wir noch Freiwillige. Wer am Stand helfen ` +
      `möchte, trägt sich für eine Schicht ein.`,
    cfps: 'Aufrufe zur Einreichung (CfP)',
    cfp: (event: string, deadline: string) => `${event}: Einreichungen bis ${deadline}`,
    contests: 'Wettbewerbe',
    entries: (title: string, prize: string, until: string) => `${title} (Preis ${prize}): Beiträge bis ${until}`,
    voting: (title: string, prize: string, until: string) => `${title} (Preis ${prize}): Abstimmung bis ${until}`,
    thanks: 'Mitglieder in Aktion',
    thankBooth: (name: string, event: string) => `Danke an ${name}, der/die am Stand auf der ${event} hilft`,
    thankReviews: (name: string, event: string) => `Danke an ${name} für alle Gutachten zu ${event}`,
    nothing: 'Eine ruhige Woche: nichts Neues.',
    footer: 'Sie erhalten diese Mail, weil Sie den wöchentlichen Summitdesk-Rundbrief abonniert haben.',
    unsubscribe: 'Mit einem Klick abbestellen',
  },
} as const;

type Block = { heading: string; items: Array<{ html: string; text: string }> };

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const plain = (value: string) => ({ html: escape(value), text: value });

export const digestSubject = (label: string, language: NewsLanguage) => `Summitdesk ${MESSAGES[language].title} — ${label}`;

// The issue in one language: HTML (every text escaped; announcement bodies are sanitised already)
// and plain text, the same sections in the same order as the seed newsletter.
export function renderDigest(content: DigestContent, intro: string, label: string, language: NewsLanguage): { html: string; text: string } {
  const m = MESSAGES[language];
  const blocks: Block[] = [];
  if (content.announcements.length > 0) {
    blocks.push({
      heading: m.news,
      items: content.announcements.map((news) => ({
        html: `<strong>${escape(news.title)}</strong>${news.html}`,
        text: `${news.title}\n${news.text.replace(/^/gm, '  ')}`,
      })),
    });
  }
  if (content.booths.length > 0) {
    blocks.push({
      heading: m.events,
      items: content.booths.map((booth) =>
        plain(
          m.booth(
            booth.eventName,
            [booth.city, booth.country].filter(Boolean).join(', '),
            formatDays(booth.startDate, booth.endDate, language),
            formatHours(booth.uncoveredMinutes),
          ),
        ),
      ),
    });
  }
  if (content.cfps.length > 0) {
    blocks.push({
      heading: m.cfps,
      items: content.cfps.map((cfp) => plain(m.cfp(cfp.eventName, formatInZone(new Date(cfp.closesAt), cfp.timeZone, language)))),
    });
  }
  if (content.contests.length > 0) {
    blocks.push({
      heading: m.contests,
      items: content.contests.map((contest) => {
        const prize = formatMoney(contest.prize, contest.currency, language);
        const until = formatInZone(new Date(contest.until), contest.timeZone, language);
        return plain(contest.phase === 'entries' ? m.entries(contest.title, prize, until) : m.voting(contest.title, prize, until));
      }),
    });
  }
  const closing = content.sections.filter((section) => section.key === 'statistics');
  for (const section of content.sections.filter((candidate) => candidate.key !== 'statistics')) {
    blocks.push({ heading: section.title[language], items: section.lines.map((line) => plain(line[language])) });
  }
  if (content.thanks.length > 0) {
    blocks.push({
      heading: m.thanks,
      items: content.thanks.map((person) =>
        plain(person.reason === 'booth' ? m.thankBooth(person.name, person.about) : m.thankReviews(person.name, person.about)),
      ),
    });
  }
  for (const section of closing) {
    blocks.push({ heading: section.title[language], items: section.lines.map((line) => plain(line[language])) });
  }

  const title = `Summitdesk ${m.title} ${label}`;
  const introText = intro.trim();
  const html = [
    `<article lang="${language}" style="font-family:sans-serif;max-width:640px;line-height:1.5">`,
    `<h1>${escape(title)}</h1>`,
    introText
      ? introText
          .split(/\n{2,}/)
          .map((paragraph) => `<p>${escape(paragraph)}</p>`)
          .join('')
      : '',
    blocks.length === 0 ? `<p>${escape(m.nothing)}</p>` : '',
    ...blocks.map((block) => `<h2>${escape(block.heading)}</h2><ul>${block.items.map((item) => `<li>${item.html}</li>`).join('')}</ul>`),
    '</article>',
  ].join('');
  const text = [
    title,
    '='.repeat(title.length),
    '',
    ...(introText ? [introText, ''] : []),
    ...(blocks.length === 0 ? [m.nothing, ''] : []),
    ...blocks.flatMap((block) => [block.heading, '-'.repeat(block.heading.length), ...block.items.map((item) => `* ${item.text}`), '']),
  ].join('\n');
  return { html, text };
}

// The mail around an issue: the archive's HTML and a footer with the subscriber's own one-click
// link (the outbox fills in {{unsubscribeUrl}} per recipient).
export function digestMailHtml(html: string, language: NewsLanguage): string {
  const m = MESSAGES[language];
  return (
    `<!doctype html><html lang="${language}"><body>${html}<hr><p style="font-size:small">${escape(m.footer)} <a ` +
    `href="{{unsubscribeUrl}}">${escape(m.unsubscribe)}</a></p></body></html>`
  );
}
