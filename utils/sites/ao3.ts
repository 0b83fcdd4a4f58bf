/**
 * Archive of Our Own: work pages, chapter pages and the entire-work view; and every
 * listing of work blurbs (tag works, search, user works, collections, series, bookmarks,
 * history, gifts, the adult-content interstitial).
 *
 * The story is `#workskin` (title, summary, notes, chapters, end notes). Warnings come
 * from the meta block above it: the archive warnings (`dd.warning.tags`) and the
 * additional tags (`dd.freeform.tags`), plus TW/CW lines authors put in summaries and
 * notes. A reader who hides warnings in their AO3 preferences gets a "Show warnings" link
 * instead of the tags: that is Unknown, never "no warnings".
 *
 * In listings each blurb is its own unit: its summary is gated, from the blurb's warning
 * icon (whose title lists the warnings even when the reader hides them), its warning tags
 * and its additional tags. The title, tags and stats stay readable.
 */
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readSiteWarning, readTag } from '../warnings/values';
import { AO3_PATTERNS } from './hosts';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';

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
  return readSiteWarning(tag, 'ao3-warning');
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

/** A blurb's summary: what a listing gates. Direct child, so a bookmarker's notes are not taken for it. */
const BLURB_SUMMARY = 'li.blurb > blockquote.summary';

/**
 * What one blurb declares. Only the blurb's own `ul.tags` counts: on bookmark pages the
 * bookmarker's tags (`div.user ul.meta.tags`) are not the work's warnings.
 */
export function readBlurb(blurb: Element): Finding[] {
  const findings: Finding[] = [];
  const icon = blurb.querySelector('ul.required-tags span.warnings, ul.required-tags [class*="warning-"]');
  const iconClass = icon?.getAttribute('class') ?? '';
  const warningTags = [...blurb.querySelectorAll(':scope > ul.tags li.warnings a.tag')].map(text).filter(Boolean);
  const iconWarnings = (icon?.getAttribute('title') ?? '').split(/,\s*/).map((w) => w.trim()).filter(Boolean);
  const warnings = [...new Set([...warningTags, ...iconWarnings])];
  if (warnings.length > 0) {
    for (const w of warnings) findings.push(...readArchiveWarning(w));
  } else if (/warning-choosenotto/.test(iconClass)) {
    findings.push({ kind: 'unknown', source: 'ao3-warning', reason: 'chose-not-to-warn' });
  } else if (!/warning-no\b/.test(iconClass)) {
    // Neither icon nor tags say anything: hidden by the reader's preference, or markup we do not know.
    const hidden = blurb.querySelector(':scope > ul.tags li.warnings a[href*="show_hidden"], :scope > ul.tags li.warnings a[data-remote]');
    findings.push({ kind: 'unknown', source: 'ao3-warning', reason: hidden ? 'hidden-by-site' : 'not-found' });
  }
  for (const tag of blurb.querySelectorAll(':scope > ul.tags li.freeforms a.tag')) findings.push(...readTag(text(tag), 'ao3-tag'));
  const summary = blurb.querySelector(':scope > blockquote.summary');
  if (summary) findings.push(...parseHeader(elementLines(summary, { maxChars: 2000 }), { source: 'note', wholeText: true, tagsRead: true }).findings);
  return findings;
}

export const ao3: SiteAdapter = {
  id: 'ao3',
  name: 'Archive of Our Own',
  matches: AO3_PATTERNS,
  test: (url) => matchesAny(url, AO3_PATTERNS),
  containerSelector: `#workskin, ${BLURB_SUMMARY}`,
  findUnits(root) {
    const units: Unit[] = [];
    const workskin = root.querySelector<HTMLElement>('#workskin');
    if (workskin) {
      const doc = workskin.ownerDocument;
      units.push({
        element: workskin,
        read: () => readWork(doc, workskin),
        // AO3's "Show warnings" link loads the tags into the meta block: read the work again.
        sources: () => [doc.querySelector('dl.work.meta')].filter((e): e is Element => e !== null),
      });
    }
    for (const summary of root.querySelectorAll<HTMLElement>(BLURB_SUMMARY)) {
      const blurb = summary.parentElement as Element;
      units.push({ element: summary, read: () => readBlurb(blurb), sources: () => [blurb], compact: true });
    }
    return units;
  },
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
      'https://squidgeworld.org/works/12345',
      'https://squidgeworld.org/tags/Fluff/works',
      // Listings: every blurb is gated on its own.
      'https://archiveofourown.org/tags/Fluff/works',
      'https://archiveofourown.org/works?commit=Sort+and+Filter&tag_id=Fluff',
      'https://archiveofourown.org/works/search?work_search%5Bquery%5D=snow',
      'https://archiveofourown.org/users/someone/works',
      'https://archiveofourown.org/users/someone/pseuds/other/works',
      'https://archiveofourown.org/users/someone/bookmarks',
      'https://archiveofourown.org/users/someone/readings',
      'https://archiveofourown.org/users/someone/gifts',
      'https://archiveofourown.org/collections/yuletide2024/works',
      'https://archiveofourown.org/series/12345',
      'https://archiveofourown.org/bookmarks?bookmark_search%5Bquery%5D=x',
      'https://archiveofourown.org/',
    ],
    notMatching: [
      'https://archiveofourown.example.com/works/1',
      'https://notarchiveofourown.org/works/1',
    ],
  },
};
