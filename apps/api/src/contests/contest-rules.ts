import { markdownRenderer } from '../common/markdown.js';

const rules = markdownRenderer({ headings: [1, 2, 3, 4], tables: true, typographer: true, linksInNewTab: true });

export const renderRules = rules.html;
