/**
 * Archive of Our Own: work pages, chapter pages and the entire-work view.
 *
 * The story is `#workskin` (title, summary, notes, chapters, end notes). Warnings come
 * from the meta block above it: the archive warnings (`dd.warning.tags`) and the
 * additional tags (`dd.freeform.tags`), plus TW/CW lines authors put in summaries and
 * notes. A reader who hides warnings in their AO3 preferences gets a "Show warnings" link
 * instead of the tags: that is Unknown, never "no warnings".
 */
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { classifyItem, readTag } from '../warnings/values';
import { AO3_PATTERNS } from './hosts';
import { elementLines, text } from './lines';
import { matchesPattern, type SiteAdapter } from './types';

const WORK_PATH = /^\/(?:collections\/[^/]+\/)?works\/\d+(?:\/chapters\/\d+)?\/?$/;

/** The tags in one meta `dd`, or 'hidden' when the reader's AO3 preferences hide them. */
function metaTags(dd: Element | null): string[] | 'hidden' | undefined {
  if (!dd) return undefined;
  const tags = [...dd.querySelectorAll('a.tag')].map(text).filter(Boolean);
  if (tags.length > 0) return tags;
  const link = dd.querySelector('a[href*="show_hidden"], a[data-remote]');
  if (link || /\bshow (?:warnings|additional tags)\b/i.test(text(dd))) return 'hidden';
  return [];
}

export function readArchiveWarning(tag: string): Finding[] {
  const r = classifyItem(tag, 'ao3-warning', 'warning');
  switch (r.kind) {
    case 'trigger':
      return r.triggers;
    case 'unknown':
      return [{ kind: 'unknown', source: 'ao3-warning', reason: 'chose-not-to-warn' }];
    case 'none':
    case 'negated':
      return [];
    default:
      // An archive warning AO3 adds after this build: declared, so it counts.
      return [{ kind: 'other', source: 'ao3-warning', text: r.text }];
  }
}

export function readWork(doc: ParentNode, workskin: Element): Finding[] {
  const findings: Finding[] = [];
  const meta = doc.querySelector('dl.work.meta');
  const warnings = metaTags(meta?.querySelector('dd.warning.tags') ?? null);
  if (warnings === 'hidden') {
    findings.push({ kind: 'unknown', source: 'ao3-warning', reason: 'hidden-by-site' });
  } else if (warnings === undefined) {
    // No archive warnings at all: the page is not shaped as we know it. Fail closed.
    findings.push({ kind: 'unknown', source: 'ao3-warning', reason: 'not-found' });
  } else {
    for (const w of warnings) findings.push(...readArchiveWarning(w));
  }

  const freeform = metaTags(meta?.querySelector('dd.freeform.tags') ?? null);
  if (freeform === 'hidden') findings.push({ kind: 'unknown', source: 'ao3-tag', reason: 'hidden-by-site' });
  else for (const tag of freeform ?? []) findings.push(...readTag(tag, 'ao3-tag'));

  // Summaries and notes repeat per chapter in the entire-work view: select by class, not id.
  for (const block of workskin.querySelectorAll('.summary blockquote.userstuff, .notes blockquote.userstuff')) {
    const lines = elementLines(block, { maxChars: 4000 });
    findings.push(...parseHeader(lines, { source: 'note', wholeText: true, tagsRead: true }).findings);
  }
  return findings;
}

export const ao3: SiteAdapter = {
  id: 'ao3',
  name: 'Archive of Our Own',
  matches: AO3_PATTERNS,
  test: (url) => AO3_PATTERNS.some((p) => matchesPattern(url, p)) && WORK_PATH.test(url.pathname),
  containerSelector: '#workskin',
  findUnits(root) {
    const workskin = root.querySelector<HTMLElement>('#workskin');
    return workskin ? [{ element: workskin, read: () => readWork(workskin.ownerDocument, workskin) }] : [];
  },
  singleStory: () => true,
  examples: {
    matching: [
      'https://archiveofourown.org/works/57017317',
      'https://archiveofourown.org/works/57017317?view_adult=true',
      'https://archiveofourown.org/works/57017317/chapters/145120000',
      'https://archiveofourown.org/works/57017317?view_full_work=true',
      'https://archiveofourown.org/collections/yuletide2024/works/57017317',
      'http://archiveofourown.org/works/1',
      'https://www.archiveofourown.org/works/1',
      'https://archiveofourown.com/works/1',
      'https://archiveofourown.net/works/1/chapters/2',
      'https://archiveofourown.gay/works/1',
      'https://ao3.org/works/1',
      'https://download.archiveofourown.org/works/1',
    ],
    notMatching: [
      'https://archiveofourown.org/',
      'https://archiveofourown.org/works',
      'https://archiveofourown.org/works/57017317/bookmarks',
      'https://archiveofourown.org/works/57017317/navigate',
      'https://archiveofourown.org/tags/Fluff/works',
      'https://archiveofourown.org/users/someone/works',
      'https://archiveofourown.example.com/works/1',
      'https://notarchiveofourown.org/works/1',
    ],
  },
};
