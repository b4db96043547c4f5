import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DigestSections } from '../digests/digest-sections.js';
import { StatisticsRepository } from './statistics.repository.js';

const count = (n: number, language: 'en' | 'de') => n.toLocaleString(language === 'de' ? 'de-DE' : 'en-US');

// The digest's closing "Statistics", as the seed newsletter ended: the library's size, its viewings
// and its most popular talk, counted up to the end of the week.
@Injectable()
export class StatisticsDigestSection implements OnModuleInit {
  constructor(
    private readonly sections: DigestSections,
    private readonly repository: StatisticsRepository,
  ) {}

  onModuleInit() {
    this.sections.register({
      key: 'statistics',
      compose: async (manager, week) => {
        const library = await this.repository.library(manager, week.to);
        if (library.presentations === 0) return null;
        const popular = library.mostPopular;
        return {
          key: 'statistics',
          title: { en: 'Statistics', de: 'Statistik' },
          lines: [
            {
              en:
                `${count(library.presentations, 'en')} presentations uploaded, ${count(library.views, 'en')} viewings` +
                (popular ? `, most popular: “${popular}”` : ''),
              de:
                `${count(library.presentations, 'de')} Vorträge hochgeladen, ${count(library.views, 'de')} Aufrufe` +
                (popular ? `, am beliebtesten: „${popular}“` : ''),
            },
          ],
        };
      },
    });
  }
}
