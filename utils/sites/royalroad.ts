/**
 * Royal Road: fiction pages and chapter pages.
 *
 * Royal Road has its own structured warnings, shown only on the fiction page ("Warning.
 * This fiction contains: Graphic Violence, Profanity"). There the fiction's description is
 * the unit, gated from those warnings and from CW lines in the description itself.
 *
 * A chapter page does not show the fiction's warnings, but they are the chapter's too. So
 * the fiction page leaves them in the tab's sessionStorage, and a chapter of the same
 * fiction opened from it reads them back. A chapter reached any other way is judged from
 * what it shows itself: the author's notes around it and a header at its top. The chapter
 * text (`div.chapter-inner.chapter-content`) is the unit.
 *
 * Some paragraphs in chapters are hidden anti-piracy lines ("this story is on Amazon
 * without permission"). Those hidden by an inline style are skipped by elementLines; those
 * hidden by a random class in a <style> block are read, but they carry no warning marker,
 * so at worst they count as one more line above a header.
 */
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { classifyItem } from '../warnings/values';
import { ROYALROAD_PATTERNS } from './hosts';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';


const CHAPTER = 'div.chapter-inner.chapter-content';
/** The description, by its RDFa property and by its place; a page with either is gated. */
const DESCRIPTION = ['div.hidden-content[property="description"]', 'div.description > div.hidden-content'];
const AUTHOR_NOTES = 'div.author-note-portlet';
const FICTION_PATH = /^\/fiction\/\d+(?:\/|$)/;
const FICTION_ID = /\/fiction\/(\d+)(?:[/?#]|$)/;

export const STORAGE_PREFIX = 'heed:royalroad:fiction:';

/**
 * Royal Road's warning vocabulary. Profanity and the AI disclosures are labels a reader may
 * care about, but nothing to protect anyone from. "Traumatising content" (later "Sensitive
 * Content") says there is something without naming it: it gates as Other.
 */
function readSiteWarning(name: string): Finding[] {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key || key === 'profanity' || /^ai[\s-]/.test(key)) return [];
  if (/^(?:traumati[sz]ing|sensitive) content$/.test(key)) return [{ kind: 'other', source: 'site-warning', text: name }];
  const r = classifyItem(name, 'site-warning', 'warning');
  if (r.kind === 'trigger') return r.triggers;
  // A warning Royal Road adds after this build: declared, so it counts.
  return [{ kind: 'other', source: 'site-warning', text: name.slice(0, 80) }];
}

/** The names under "This fiction contains", or undefined when the page shows no such block. */
export function siteWarnings(doc: ParentNode): string[] | undefined {
  // Only the site's own block: an author writing "This fiction contains" in a chapter or a
  // note must not stand in for (or wipe out) the fiction's real warnings.
  const own = (el: Element) => !el.closest(`${CHAPTER}, ${AUTHOR_NOTES}`) && /this fiction contains/i.test(text(el));
  const block =
    [...doc.querySelectorAll('.font-red-sunglo')].find(own) ??
    // The same block if its colour class changes: a short box around the inline list.
    [...doc.querySelectorAll('ul.list-inline')].map((ul) => ul.parentElement).find((el): el is HTMLElement => !!el && (el.textContent ?? '').length < 1000 && own(el));
  if (!block) return undefined;
  return [...block.querySelectorAll('li')].map(text).filter(Boolean);
}

function fictionId(doc: Document): string | undefined {
  const candidates = [
    doc.location?.href,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    const m = href ? FICTION_ID.exec(href) : null;
    if (m) return m[1];
  }
  return undefined;
}

/** Storage may be blocked (privacy settings, sandboxed frames): then chapters judge themselves. */
function remember(doc: Document, id: string, names: readonly string[]): void {
  try {
    doc.defaultView?.sessionStorage.setItem(STORAGE_PREFIX + id, JSON.stringify(names));
  } catch {
    // Nothing to carry over; the chapter is read on its own.
  }
}

function recall(doc: Document, id: string): string[] | undefined {
  try {
    const raw = doc.defaultView?.sessionStorage.getItem(STORAGE_PREFIX + id);
    if (raw == null) return undefined;
    const value: unknown = JSON.parse(raw);
    // The page's own scripts share this storage: take only what the fiction page could have written.
    if (!Array.isArray(value)) return undefined;
    return value.filter((v): v is string => typeof v === 'string').slice(0, 20);
  } catch {
    return undefined;
  }
}

export function readFiction(description: Element): Finding[] {
  const doc = description.ownerDocument;
  const names = siteWarnings(doc) ?? [];
  const id = fictionId(doc);
  // Stored even when empty, so a fiction whose warnings were removed stops gating its chapters.
  if (id) remember(doc, id, names);
  const findings = names.flatMap(readSiteWarning);
  const lines = elementLines(description, { maxChars: 4000 });
  findings.push(...parseHeader(lines, { source: 'summary', wholeText: true }).findings);
  return findings;
}

export function readChapter(chapter: Element): Finding[] {
  const doc = chapter.ownerDocument;
  const id = fictionId(doc);
  const names = siteWarnings(doc) ?? (id ? recall(doc, id) : undefined) ?? [];
  const findings = names.flatMap(readSiteWarning);
  // Notes sit before and after the chapter text, outside it.
  for (const portlet of doc.querySelectorAll(AUTHOR_NOTES)) {
    const note = portlet.querySelector('.author-note') ?? portlet;
    findings.push(...parseHeader(elementLines(note, { maxChars: 4000 }), { source: 'note', wholeText: true }).findings);
  }
  findings.push(...parseHeader(elementLines(chapter, { maxChars: 4000 }), { source: 'header' }).findings);
  return findings;
}

export const royalroad: SiteAdapter = {
  id: 'royalroad',
  name: 'Royal Road',
  matches: ROYALROAD_PATTERNS,
  test: (url) => matchesAny(url, ROYALROAD_PATTERNS) && FICTION_PATH.test(url.pathname),
  containerSelector: [CHAPTER, ...DESCRIPTION].join(', '),
  findUnits(root) {
    const units: Unit[] = [];
    const descriptions = new Set(DESCRIPTION.flatMap((s) => [...root.querySelectorAll<HTMLElement>(s)]));
    for (const element of descriptions) units.push({ element, read: () => readFiction(element) });
    for (const element of root.querySelectorAll<HTMLElement>(CHAPTER)) units.push({ element, read: () => readChapter(element) });
    return units;
  },
  examples: {
    matching: [
      'https://www.royalroad.com/fiction/12345/a-quiet-winter',
      'https://www.royalroad.com/fiction/12345',
      'https://www.royalroad.com/fiction/12345/a-quiet-winter/chapter/678901/chapter-one-snow',
      'https://www.royalroad.com/fiction/12345/a-quiet-winter/chapter/678901/chapter-one-snow#comments',
      'http://www.royalroad.com/fiction/12345/a-quiet-winter',
    ],
    notMatching: [
      // Listings and other pages of the site: no description or chapter to gate.
      'https://www.royalroad.com/home',
      'https://www.royalroad.com/fictions/best-rated',
      'https://www.royalroad.com/fictions/search?title=winter',
      'https://www.royalroad.com/profile/4321',
      'https://royalroad.example.com/fiction/12345/a-quiet-winter',
    ],
  },
};
