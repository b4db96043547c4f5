import { markdownRenderer } from '../common/markdown.js';

// Announcements go to the news page, the feed and the weekly mail: no h1 or tables, which mail
// clients and feed readers show badly.
const announcements = markdownRenderer({ headings: [2, 3, 4], tables: false, typographer: true, linksInNewTab: true });

export const renderAnnouncement = announcements.html;
export const announcementText = announcements.text;
