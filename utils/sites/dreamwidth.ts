/**
 * Dreamwidth: entry pages and pages with several entries (recent, reading, tag pages).
 * Each `div.entry-content` is gated on its own; an unwarned entry next to a warned one
 * stays readable. Dreamwidth is where old-school plain-text headers live.
 *
 * On list pages a cut is folded: the text under it arrives later, when the reader expands
 * it, in an empty `div#div-cuttag_{journal}_{ditemid}_N`. That div is hidden until decided
 * and then read as a unit of its own.
 */
import { DREAMWIDTH_PATTERNS } from './hosts';
import { findEntries, type JournalMarkup } from './journal';
import { matchesAny, type SiteAdapter } from './types';

const MARKUP: JournalMarkup = {
  entry: '.entry-content',
  expandedCut: 'div[id^="div-cuttag_"]',
  wrappers: ['.entry-wrapper', '.entry', 'article', '.hentry'],
  tags: '.tag a[rel="tag"], .tag ul a, .tag-list a, a[rel="tag"]',
  title: '.entry-title',
};

export const dreamwidth: SiteAdapter = {
  id: 'dreamwidth',
  name: 'Dreamwidth',
  matches: DREAMWIDTH_PATTERNS,
  test: (url) => matchesAny(url, DREAMWIDTH_PATTERNS),
  containerSelector: `${MARKUP.entry}, ${MARKUP.expandedCut}`,
  findUnits: (root) => findEntries(root, MARKUP),
  examples: {
    matching: [
      'https://someone.dreamwidth.org/953.html',
      'https://someone.dreamwidth.org/953.html?style=site',
      'https://someone.dreamwidth.org/953.html?view=flat',
      'https://someone.dreamwidth.org/953.html?thread=1234#cmt1234',
      'https://someone.dreamwidth.org/',
      'https://someone.dreamwidth.org/read',
      'https://someone.dreamwidth.org/tag/fic',
      'https://some-comm.dreamwidth.org/?skip=20',
    ],
    notMatching: ['https://dreamwidth.example.org/953.html', 'https://notdreamwidth.org/953.html'],
  },
};
