import { Injectable } from '@nestjs/common';
import type { NewsLanguage } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

// A section another feature adds to the digest ("new presentations", "statistics"): its title and
// lines in every language the digest speaks, or null when it has nothing to say this week.
export type DigestSectionContent = {
  key: string;
  title: Record<NewsLanguage, string>;
  lines: Array<Record<NewsLanguage, string>>;
};

export type DigestWeek = { week: string; from: Date; to: Date };

export type DigestSection = {
  // Sections keyed `statistics` close the issue; the others follow the contests.
  key: string;
  compose(manager: EntityManager, week: DigestWeek): Promise<DigestSectionContent | null>;
};

// The plug-in point: a feature the digest must not import (presentations, statistics) registers its
// section here while its module initialises; the digest renders whatever sections have lines.
@Injectable()
export class DigestSections {
  private readonly sections: DigestSection[] = [];

  register(section: DigestSection): void {
    if (!this.sections.some((known) => known.key === section.key)) this.sections.push(section);
  }

  async compose(manager: EntityManager, week: DigestWeek): Promise<DigestSectionContent[]> {
    const composed: DigestSectionContent[] = [];
    for (const section of this.sections) {
      const content = await section.compose(manager, week);
      if (content && content.lines.length > 0) composed.push(content);
    }
    return composed;
  }
}
