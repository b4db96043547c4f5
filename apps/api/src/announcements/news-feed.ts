import { Inject, Injectable } from '@nestjs/common';
import { Feed } from 'feed';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { announcementText, renderAnnouncement } from './announcement-markdown.js';
import { AnnouncementsService } from './announcements.service.js';

const FEED_SIZE = 50;

// The news as an Atom feed; every link comes from PUBLIC_URL, never from the request.
@Injectable()
export class NewsFeed {
  constructor(
    private readonly announcements: AnnouncementsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async atom(): Promise<string> {
    const base = this.config.publicUrl;
    const rows = await this.announcements.latestPublished(FEED_SIZE);
    const feed = new Feed({
      id: `${base}/news`,
      title: 'Summitdesk news',
      description: "The community's announcements: events, calls for papers, contests and booths that need help",
      link: `${base}/news`,
      language: 'en',
      updated: rows[0]?.publishedAt ?? new Date(0),
      copyright: '',
      feedLinks: { atom: `${base}/api/public/news.atom` },
      generator: 'Summitdesk',
    });
    for (const row of rows) {
      feed.addItem({
        id: `${base}/news/${row.id}`,
        link: `${base}/news/${row.id}`,
        title: row.title,
        date: row.publishedAt ?? row.updatedAt,
        published: row.publishedAt ?? undefined,
        description: announcementText(row.body).slice(0, 300),
        content: renderAnnouncement(row.body),
        author: row.author ? [{ name: row.author.name }] : undefined,
      });
    }
    return feed.atom1();
  }
}
