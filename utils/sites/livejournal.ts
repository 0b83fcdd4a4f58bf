/**
 * LiveJournal: entry pages, journals and friends pages. The site view prints
 * `article.b-singlepost-body.entry-content`, the 2017 view `div.aentry-post__text`, and
 * journal styles `.entry-content`, `.asset-body`, `.entry_text` or `.j-e-text`.
 */
import { LIVEJOURNAL_PATTERNS } from './hosts';
import { findEntries, type JournalMarkup } from './journal';
import { matchesAny, type SiteAdapter } from './types';

const MARKUP: JournalMarkup = {
  entry: '.entry-content, .b-singlepost-body, .aentry-post__text, .asset-body, .entry_text, .j-e-text',
  wrappers: ['.b-singlepost', '.aentry', '.entry-wrap', '.entry', '.asset', '.j-e', 'article', '.hentry'],
  tags: '.b-singlepost-tags a, .ljtags a, .aentry-tags a, .asset-tags-list a, a[rel="tag"]',
  title: '.b-singlepost-title, .aentry-post__title, .entry-title, .asset-name, .subject',
};

export const livejournal: SiteAdapter = {
  id: 'livejournal',
  name: 'LiveJournal',
  matches: LIVEJOURNAL_PATTERNS,
  test: (url) => matchesAny(url, LIVEJOURNAL_PATTERNS),
  containerSelector: MARKUP.entry,
  findUnits: (root) => findEntries(root, MARKUP),
  examples: {
    matching: [
      'https://someone.livejournal.com/12345.html',
      'https://someone.livejournal.com/',
      'https://someone.livejournal.com/friends',
      'https://someone.livejournal.com/tag/fic',
      'https://m.livejournal.com/read/user/someone/12345',
    ],
    notMatching: ['https://livejournal.example.com/12345.html', 'https://archiveofourown.org/works/1'],
  },
};
