import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DigestSections } from '../digests/digest-sections.js';
import { PresentationsRepository } from './presentations.repository.js';

// Enough for a newsletter; the library holds the rest.
const SHOWN = 10;

// The digest's "new presentations": slides and videos that entered the public library in the
// issue's week, each with its event and speakers.
@Injectable()
export class PresentationsDigestSection implements OnModuleInit {
  constructor(
    private readonly sections: DigestSections,
    private readonly repository: PresentationsRepository,
  ) {}

  onModuleInit() {
    this.sections.register({
      key: 'presentations',
      compose: async (manager, week) => {
        const rows = await this.repository.uploadedBetween(manager, week.from, week.to, SHOWN);
        if (rows.length === 0) return null;
        return {
          key: 'presentations',
          title: { en: 'New presentations', de: 'Neue Vorträge' },
          lines: rows.map((row) => {
            const speakers = (row.speakers ?? []).map((speaker) => speaker.name).join(', ');
            const by = (word: string) => (speakers ? ` ${word} ${speakers}` : '');
            return {
              en: `“${row.title}”${by('by')} (${row.event_name})`,
              de: `„${row.title}“${by('von')} (${row.event_name})`,
            };
          }),
        };
      },
    });
  }
}
