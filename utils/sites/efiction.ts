/**
 * eFiction archives (whofic.com, Sunnydale After Dark and other small fandom archives):
 * story and chapter pages (`viewstory.php?sid=N[&chapter=M]`) and the printable view
 * (`&action=printable`), wherever the archive is installed (root or a folder).
 *
 * eFiction's warnings are a classification the archive defines for itself and the author
 * picks from ("Character Death", "Violence", "Language"…). The software prints every
 * classification as `<span class='label'>Warnings: </span> <a …>X</a>, <a …>Y</a><br />`
 * ("None" when empty, plain names instead of links in the printable view), and each skin
 * decides where: the story index, the printable view, and on some skins the chapter page
 * too. The label is found by its text, not its place, because skins move it. Each name is
 * classified like AO3's archive warnings: the archive asked the author about exactly these.
 *
 * The story is `div#story` (the printable view: one `div.chapter` per chapter). Authors of
 * these archives also write plain-text headers at the top of the chapter and warnings in
 * their story and chapter notes (`div.notes`), so both are read as well.
 *
 * The age-consent page (`div.errortext` with an `ageconsent=ok` link) shows no story: it is
 * left alone so its links keep working.
 */
import { EFICTION_PATTERNS } from './hosts';
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readSiteWarning } from '../warnings/values';
import { elementLines } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';

/**
 * Archives known to run eFiction. Any other eFiction archive is served by the any-site path
 * (`isEfictionStoryUrl` and `efiction.findUnits` do not depend on the host).
 */
/** A story page of any eFiction archive: the rest of the archive (browse, user pages) has no story to gate. */
export function isEfictionStoryUrl(url: URL): boolean {
  return /\/viewstory\.php$/i.test(url.pathname) && /^\d+$/.test(url.searchParams.get('sid') ?? '');
}

const STORY = '#story';
/**
 * The printable view has no wrapper per chapter. `#pagetitle ~` narrows a common class name
 * to eFiction's own page layout, so early CSS does not hide some other `.chapter`.
 */
const PRINTABLE_CHAPTER = '#pagetitle ~ div.chapter';

/** Where label texts are looked for: skins print labels as classed spans, or as bold text on old skins. */
const LABEL = 'span.label, b, strong';
/** The colon is required: a bare "Warnings" is a menu entry or a heading, not a field. */
const WARNING_LABEL = /^\s*(?:content\s+|story\s+)?warnings?\s*:/i;
const SUMMARY_LABEL = /^\s*summary\s*:/i;
/** eFiction links every classification name to its browse page: `browse.php?type=class&type_id=2&classid=5`. */
const CLASS_LINK = /[?&]type=class\b/;
/** Author-written text: a "Warnings:" there is the author's header, read as such, not the archive's classification. */
const AUTHOR_TEXT = `${STORY}, div.chapter, .notes, .noteinfo`;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEED-GATE']);
const STOP = new Set(['BR', 'HR', 'DIV', 'P', 'TABLE', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A label that starts the next field ("Genre:", "Challenges:"): the warning list ends there. */
function isLabel(el: Element): boolean {
  if (el.matches('span.label') || el.querySelector('span.label')) return true;
  return (el.tagName === 'B' || el.tagName === 'STRONG') && /:\s*$/.test(textOf(el));
}

interface Piece {
  text: string;
  /** A linked classification name: one item, never split. */
  link: boolean;
  href?: string;
}

/**
 * The pieces of a value, in page order. Sunnydale After Dark wraps the names in
 * `span.revealSpoiler` ("(Click Here To Reveal)" + `span.spoiler`): the names are read
 * even while hidden, and the reveal prompt is not a name.
 */
function collect(node: Node, out: Piece[]): void {
  if (node.nodeType === 3) {
    out.push({ text: node.nodeValue ?? '', link: false });
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (SKIP.has(el.tagName.toUpperCase())) return;
  if (el.tagName === 'A') {
    out.push({ text: textOf(el), link: true, href: el.getAttribute('href') ?? '' });
    return;
  }
  const reveal = el.classList.contains('revealSpoiler');
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (reveal && child.nodeType === 3) continue;
    collect(child, out);
  }
}

/** What follows a label up to the end of its line: the next `<br>`, block or label. */
function pieces(label: Element, labelRe: RegExp, maxChars = 2000): Piece[] {
  const out: Piece[] = [];
  collect(label, out);
  // The label's own words come first; on Sunnydale After Dark the names are inside the label too.
  const first = out.find((p) => !p.link && p.text.trim());
  if (first) first.text = first.text.replace(labelRe, '');
  let chars = 0;
  for (let n = label.nextSibling; n && chars < maxChars; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (STOP.has(tag) || isLabel(el)) break;
    }
    const before = out.length;
    collect(n, out);
    for (const p of out.slice(before)) chars += p.text.length;
  }
  // Old skins lay fields out in table cells: `<td><b>Warnings:</b></td><td>…</td>`.
  const parent = label.parentElement;
  if (!out.some((p) => p.text.trim()) && parent && /^(?:TD|TH|DT)$/.test(parent.tagName) && textOf(parent) === textOf(label)) {
    const cell = parent.nextElementSibling;
    if (cell) collect(cell, out);
  }
  return out;
}

/** Classification names: each link is one name; plain text (the printable view) is a comma list. */
function names(ps: Piece[]): string[] {
  return ps.flatMap((p) => (p.link ? [p.text] : p.text.split(/[,;]/))).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export function readClassification(name: string): Finding[] {
  return readSiteWarning(name, 'site-warning');
}

function labels(doc: ParentNode, re: RegExp): Element[] {
  return [...doc.querySelectorAll(LABEL)].filter((el) => re.test(textOf(el)) && !el.closest(AUTHOR_TEXT) && !el.parentElement?.closest(LABEL));
}

/**
 * The archive's Warnings classification, wherever the skin prints it. `found` tells whether
 * there was one at all: a "heed the warnings" in the notes then points at something read.
 */
export function readSiteWarnings(doc: ParentNode): { findings: Finding[]; found: boolean } {
  const findings: Finding[] = [];
  let found = false;
  // One story per page, so every Warnings label is this story's (a sidebar block listing
  // other stories would add to it: gating too much is the safe side).
  for (const label of labels(doc, WARNING_LABEL)) {
    const value = pieces(label, WARNING_LABEL);
    // Bold text is also how archives print notices ("<b>Warning:</b> this site contains adult
    // material"): a bold label counts only with eFiction's classification links after it.
    if (!label.matches('span.label') && !value.some((p) => p.href && CLASS_LINK.test(p.href))) continue;
    found = true;
    findings.push(...names(value).flatMap(readClassification));
  }
  return { findings, found };
}

/** TW lines in the summary, where the skin prints one (the printable view, some skins' chapter pages). */
function readSummaries(doc: ParentNode, tagsRead: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const label of labels(doc, SUMMARY_LABEL)) {
    // A summary may hold its own line breaks: read up to the next label, as lines.
    const box = (label.ownerDocument ?? document).createElement('div');
    let chars = 0;
    for (let n = label.nextSibling; n && chars < 3000; n = n.nextSibling) {
      if (n.nodeType === 1 && (isLabel(n as Element) || /^(?:DIV|TABLE)$/.test((n as Element).tagName))) break;
      box.append(n.cloneNode(true));
      chars += n.textContent?.length ?? 0;
    }
    findings.push(...parseHeader(elementLines(box, { maxChars: 3000 }), { source: 'summary', wholeText: true, tagsRead }).findings);
  }
  return findings;
}

function readNotes(notes: Iterable<Element>, tagsRead: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const note of notes) {
    findings.push(...parseHeader(elementLines(note, { maxChars: 4000 }), { source: 'note', wholeText: true, tagsRead }).findings);
  }
  return findings;
}

/** Everything one chapter declares: the archive's classification, the summary, the notes, and the header on top of the text. */
function readChapter(doc: ParentNode, text: Element, notes: Iterable<Element>): Finding[] {
  const site = readSiteWarnings(doc);
  return [
    ...site.findings,
    ...readSummaries(doc, site.found),
    ...readNotes(notes, site.found),
    ...parseHeader(elementLines(text), { source: 'header', tagsRead: site.found }).findings,
  ];
}

/** The notes right before and after an element (the printable view prints each chapter's notes around it). */
function adjacentNotes(el: Element | null): Element[] {
  const out: Element[] = [];
  for (let s = el?.previousElementSibling; s?.matches('.notes'); s = s.previousElementSibling) out.push(s);
  for (let s = el?.nextElementSibling; s?.matches('.notes'); s = s.nextElementSibling) out.push(s);
  return out;
}

const STORY_SPAN = /^\s*font-size:\s*\d+%;?\s*$/i;

/**
 * Skins that drop the `div#story` wrapper still print the chapter as
 * `<span style="font-size: N%;">` (N follows the reader's text size): the longest such span
 * is the chapter. Early CSS cannot hide it (the selector would catch every site's spans),
 * so this is a fallback only.
 */
function storySpan(root: ParentNode): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestLength = 0;
  for (const span of root.querySelectorAll<HTMLElement>('span[style]')) {
    if (!STORY_SPAN.test(span.getAttribute('style') ?? '') || span.closest('.notes, .infobox, .listbox, #pagetitle')) continue;
    const length = (span.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = span;
      bestLength = length;
    }
  }
  return best;
}

export const efiction: SiteAdapter = {
  id: 'efiction',
  name: 'eFiction archives',
  matches: EFICTION_PATTERNS,
  test: (url) => isEfictionStoryUrl(url) && matchesAny(url, EFICTION_PATTERNS),
  containerSelector: `${STORY}, ${PRINTABLE_CHAPTER}`,
  findUnits(root) {
    const story = root.querySelector<HTMLElement>(STORY);
    // Filtered with matches(): happy-dom's querySelectorAll returns only the first match of a `~` selector.
    const chapters = [...root.querySelectorAll<HTMLElement>('div.chapter')].filter((el) => el.matches(PRINTABLE_CHAPTER));
    if (story) {
      const doc = story.ownerDocument;
      return [{ element: story, read: () => readChapter(doc, story, doc.querySelectorAll('.notes')) }];
    }
    if (chapters.length > 0) {
      const doc = chapters[0]!.ownerDocument;
      const storyNotes = adjacentNotes(doc.querySelector('.infobox'));
      // The whole story printed on one page: each chapter is gated on its own, and only the
      // first card offers "Go back".
      return chapters.map<Unit>((chapter, i) => ({
        element: chapter,
        read: () => readChapter(doc, chapter, [...storyNotes, ...adjacentNotes(chapter)]),
        ...(i > 0 ? { compact: true } : {}),
      }));
    }
    // An error page (age consent, registered users only, access denied) has no story.
    if (root.querySelector('.errortext, .errormsg')) return [];
    const span = storySpan(root);
    if (!span) return [];
    const doc = span.ownerDocument;
    return [{ element: span, read: () => readChapter(doc, span, doc.querySelectorAll('.notes')) }];
  },
  examples: {
    matching: [
      'https://www.whofic.com/viewstory.php?sid=123',
      'https://www.whofic.com/viewstory.php?sid=123&chapter=2',
      'https://whofic.com/viewstory.php?sid=123&textsize=1&chapter=3',
      'https://www.whofic.com/viewstory.php?sid=123&index=1',
      'https://www.whofic.com/viewstory.php?action=printable&textsize=0&sid=123&chapter=all',
      'https://www.whofic.com/viewstory.php?sid=123&ageconsent=ok&warning=5',
      'https://www.sunnydaleafterdark.com/viewstory.php?sid=5',
      'http://sunnydaleafterdark.com/fiction/viewstory.php?sid=5',
      'http://www.potionsandsnitches.org/fanfiction/viewstory.php?sid=1234&chapter=2',
      'https://dark-solace.org/elysian/viewstory.php?sid=42',
      'https://ksarchive.com/viewstory.php?sid=1882&chapter=1',
    ],
    notMatching: [
      'https://www.whofic.com/',
      'https://www.whofic.com/browse.php?type=class&type_id=2&classid=5',
      'https://www.whofic.com/viewuser.php?uid=12412',
      'https://www.whofic.com/viewstory.php',
      'https://www.whofic.com/viewstory.php?chapid=55',
      'https://www.whofic.com/reviews.php?type=ST&item=123',
      'https://www.whofic.com/notviewstory.php?sid=1',
      'https://whofic.com.example.net/viewstory.php?sid=1',
      // Any other eFiction archive goes through the any-site path, not this adapter.
      'https://archive.example.org/fanfic/viewstory.php?sid=1',
      // Not eFiction.
      'https://www.tthfanfic.org/Story-12345/Someone+A+Title.htm',
    ],
  },
};
