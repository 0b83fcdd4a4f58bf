/**
 * Wattpad: reading pages (`www.wattpad.com/<partId>-<slug>[/page/<n>]`) and story pages
 * (`www.wattpad.com/story/<id>-<slug>`).
 *
 * Wattpad has no warning field. Authors warn in the text itself: "TW: …", "Warning: …",
 * "Content warning" and A/N lines at the start of a part, and TW lines in the story's
 * description. Tags (`selfharm`, `tw`, `suicide`) live on the story page; most are genres
 * and tropes, so only those naming a trigger count. The site's "Mature" flag is not read:
 * it names no trigger, and a reader who minds mature stories is told so by Wattpad itself.
 *
 * Reading page: each page of a part's text is its own `div.panel.panel-reading` (the part
 * title sits above it in a `header.panel.panel-reading`), and the next page is appended as
 * the reader scrolls. A header is only at the top of a part's first page, so a later page
 * of the same part carries the first page's warnings too: otherwise a gated page 1 (short
 * once collapsed) would let Wattpad load page 2 right under it, ungated. Once the reader
 * has opened page 1 they have agreed to the part, and later pages only answer for their own
 * top. Paragraphs hold the site's inline comment counters, which are not the author's text.
 *
 * Story page: the description is the unit, gated from its TW lines and from the tags.
 *
 * Best effort: the markup is known from scrapers only (`div.panel.panel-reading`,
 * `p[data-p-id]`, `.description-text`, `ul.tag-items`). Where the panel class is gone the
 * element holding the paragraphs is the unit; where nothing is found, nothing is gated.
 */
import { WATTPAD_PATTERNS } from './hosts';
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readTag } from '../warnings/values';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';


/** One page of a part's text (the part header is a `header` with the same classes: not a unit). */
const PANEL = 'div.panel.panel-reading';
const PARAGRAPH = 'p[data-p-id]';
/** Whatever holds the paragraphs, should the panel class change. */
const PARAGRAPH_HOLDER = `:has(> ${PARAGRAPH})`;
const DESCRIPTION = '.description-text';
/**
 * Story tags: the tag list, and tag links anywhere else on the story page (Wattpad's tag
 * pages are `/stories/<tag>`). The site's own menus link genres the same way: not the story's.
 */
const TAGS = 'ul.tag-items a, .tag-items a, a[href^="/stories/"], a[href*="wattpad.com/stories/"]';
const NOT_STORY_TAGS = 'header, nav, footer, [role="navigation"], [role="banner"]';
/** The site's own widgets inside a paragraph: comment counters and their buttons. */
const NOT_TEXT = '[class*="comment"], button, .component-wrapper, script, style';
/** A part title between two pages means the later page starts a part of its own. */
const PART_TITLE = 'h1, header';

/** A header is a few paragraphs; the part under it is never read. */
const TOP_PARAGRAPHS = 40;
const HEADER_CHARS = 4000;

const READING_PATH = /^\/\d+(?:-[^/]*)?(?:\/page\/\d+)?\/?$/;
const STORY_PATH = /^\/story\/\d+(?:-[^/]*)?(?:\/|$)/;

/**
 * The top of a page of text as plain lines, without the comment counters Wattpad puts in
 * its paragraphs. Copies go to an inert document, so nothing in them loads.
 */
export function partTopLines(holder: Element): string[] {
  const paragraphs = [...holder.querySelectorAll(PARAGRAPH)].slice(0, TOP_PARAGRAPHS);
  if (paragraphs.length === 0) return elementLines(holder, { maxChars: HEADER_CHARS });
  const scratch = holder.ownerDocument.implementation.createHTMLDocument('');
  const out = scratch.createElement('div');
  for (const p of paragraphs) {
    const copy = scratch.importNode(p, true) as Element;
    for (const widget of copy.querySelectorAll(NOT_TEXT)) widget.remove();
    out.append(copy);
  }
  return elementLines(out, { maxChars: HEADER_CHARS });
}

function readTop(holder: Element): Finding[] {
  return parseHeader(partTopLines(holder), { source: 'header' }).findings;
}

/** Pages of text in document order: the panels, or the paragraph holders where there are none. */
function textPages(root: ParentNode): HTMLElement[] {
  const panels = [...root.querySelectorAll<HTMLElement>(PANEL)].filter((panel) => panel.querySelector('p, pre'));
  if (panels.length > 0) return panels;
  const holders = new Set<HTMLElement>();
  for (const p of root.querySelectorAll(PARAGRAPH)) {
    if (p.parentElement) holders.add(p.parentElement);
  }
  return [...holders];
}

function titleBetween(titles: readonly Element[], before: Element, after: Element): boolean {
  return titles.some(
    (t) =>
      (before.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      (t.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      !t.contains(after),
  );
}

/** The first page of the part `page` belongs to (itself when it starts one, or when it is the first on the page). */
export function partStart(page: HTMLElement, pages: readonly HTMLElement[]): HTMLElement {
  let i = pages.indexOf(page);
  if (i <= 0) return page;
  const titles = [...page.ownerDocument.querySelectorAll(PART_TITLE)];
  while (i > 0 && !titleBetween(titles, pages[i - 1]!, pages[i]!)) i--;
  return pages[i]!;
}

export function readPart(page: HTMLElement): Finding[] {
  const findings = readTop(page);
  const start = partStart(page, textPages(page.ownerDocument));
  // The reader opened the part's first page: they agreed to the part.
  if (start !== page && start.dataset.heed !== 'shown') findings.push(...readTop(start));
  return findings;
}

export function storyTags(doc: ParentNode): string[] {
  const links = [...doc.querySelectorAll(TAGS)].filter((a) => !a.closest(NOT_STORY_TAGS));
  return [...new Set(links.map(text).filter(Boolean))];
}

export function readStoryPage(doc: ParentNode, description: Element): Finding[] {
  const tags = storyTags(doc);
  const findings: Finding[] = [];
  for (const tag of tags) findings.push(...readTag(tag, 'tag'));
  // TW lines sit anywhere in a description, often after the blurb.
  const lines = elementLines(description, { maxChars: HEADER_CHARS });
  findings.push(...parseHeader(lines, { source: 'summary', wholeText: true, tagsRead: tags.length > 0 }).findings);
  return findings;
}

export const wattpad: SiteAdapter = {
  id: 'wattpad',
  name: 'Wattpad',
  matches: WATTPAD_PATTERNS,
  // Home, browse, tag, profile and list pages show no story text.
  test: (url) => (READING_PATH.test(url.pathname) || STORY_PATH.test(url.pathname)) && matchesAny(url, WATTPAD_PATTERNS),
  containerSelector: `${PANEL}, ${PARAGRAPH_HOLDER}, ${DESCRIPTION}`,
  findUnits(root) {
    const units: Unit[] = textPages(root).map((page) => ({ element: page, read: () => readPart(page) }));
    const description = root.querySelector<HTMLElement>(DESCRIPTION);
    if (description) {
      const doc = description.ownerDocument;
      units.push({ element: description, read: () => readStoryPage(doc, description) });
    }
    return units;
  },
  examples: {
    matching: [
      'https://www.wattpad.com/1234567890-a-placeholder-title-chapter-one',
      'https://www.wattpad.com/1234567890-a-placeholder-title-chapter-one/page/2',
      'https://www.wattpad.com/1234567890',
      'http://www.wattpad.com/987654321-another-placeholder-prologue/',
      'https://www.wattpad.com/story/123456789-a-placeholder-title',
      'https://www.wattpad.com/story/123456789',
      'https://www.wattpad.com/story/123456789-a-placeholder-title/parts',
    ],
    notMatching: [
      'https://www.wattpad.com/',
      'https://www.wattpad.com/home',
      'https://www.wattpad.com/stories/selfharm',
      'https://www.wattpad.com/stories/fanfiction/hot',
      'https://www.wattpad.com/user/someone',
      'https://www.wattpad.com/list/123456789-placeholder-list',
      'https://www.wattpad.com/search/winter',
      'https://www.wattpad.com/login',
      'https://www.wattpad.com/myworks/123456789/write/1234567890',
      'https://wattpad.com.example.org/1234567890-a-title',
      'https://www.notwattpad.com/1234567890-a-title',
    ],
  },
};
