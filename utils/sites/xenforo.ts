/**
 * SpaceBattles and SufficientVelocity (XenForo 2): thread pages, threadmark reader pages
 * and post links. A thread mixes story chapters and readers' replies, so each post is its
 * own unit: its body (`div.bbWrapper`) is gated alone and the other posts stay readable.
 * A post is a whole chapter, so it gets the full card, not the compact one.
 *
 * Authors warn in three places, all read here:
 * - a plain-text header at the top of the post, usually bold (`CW: x`, `Warnings: x`);
 * - a spoiler box whose title says it is a warning (`Content Warning`, `TW: suicide`): the
 *   title names the warnings, or, when it is only a label, the box's content does. Other
 *   spoiler boxes (omakes, stats sheets) are story, not warnings;
 * - the thread's tags, which apply to every post of the thread (only tags naming a trigger
 *   count: most are fandoms and genres).
 * Quoted replies carry another post's words: a CW line quoted in a reply is not a warning
 * for the reply.
 */
import { BREAK, inlineWarnings, parseFieldLine, parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readTag, readWarningValue, type ReadOptions } from '../warnings/values';
import { XENFORO_PATTERNS } from './hosts';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';


/** The post's own body: not its signature (`aside.message-signature > .bbWrapper`). */
const POST_BODY = 'article.message--post article.message-body > div.bbWrapper';
const QUOTE = '.bbCodeBlock--quote';
const SPOILER = '.bbCodeSpoiler';
const THREAD_TAGS = '.p-description a.tagItem, .tagList a.tagItem';
/** Only thread pages show posts; forum listings, profiles and search results are left alone. */
const THREAD_PATH = /^\/(?:threads|posts)\//;
const THREAD_QUERY = /^\?(?:threads|posts)\//;

/** Text budget for the top of a post: a header is a few lines; the chapter under it is never read. */
const HEADER_CHARS = 4000;
/** Spoiler titles that are only a label for the warnings inside ("Content Warning (click)"). */
const WARNING_TITLE = /^[^a-z0-9]*(?:(?:content|trigger)\s+(?:warnings?|notes?)|warnings?|cws?|tws?|cns?|c\/w|t\/w)\b/i;
/** "Suicide TW": a title marked as a warning at its end, read like a tag. */
const MARKED_AT_END = /\b(?:tw|cw)s?\W*$/i;
/** Media never carries header text, and copies of it should not fetch anything. */
const NO_TEXT = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'IFRAME', 'OBJECT', 'EMBED', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function threadTags(doc: Document): string[] {
  return [...new Set([...doc.querySelectorAll(THREAD_TAGS)].map(text).filter(Boolean))];
}

/** The spoiler box's own title; a nested box's title is not this one's. */
function spoilerTitle(spoiler: Element): string {
  const head = [...spoiler.children].find((c) => !c.matches('.bbCodeSpoiler-content'));
  const titled = head?.querySelector('.bbCodeSpoiler-button-title');
  if (titled) return text(titled);
  // Without the title span (older or script-less markup) the button reads "Spoiler: Title".
  return text(head).replace(/^spoiler\b\s*:?\s*/i, '');
}

function spoilerContent(spoiler: Element): Element | undefined {
  return [...spoiler.children].find((c) => c.matches('.bbCodeSpoiler-content')) ?? spoiler.querySelector('.bbCodeBlock-content') ?? undefined;
}

function isUntitled(spoiler: Element): boolean {
  const title = spoilerTitle(spoiler);
  return !title || /^spoilers?$/i.test(title);
}

/**
 * The top of `root` as a detached copy without quotes and titled spoiler boxes, for
 * elementLines (which reads everything it is given). The copy lives in an inert document,
 * so nothing in it loads or runs, and it stops after `budget` characters so a long chapter
 * costs no more than a short one. Untitled spoilers stay: authors tuck a CW line into one.
 */
function readableTop(root: Element, budget: number): Element {
  const scratch = root.ownerDocument.implementation.createHTMLDocument('');
  const out = scratch.createElement('div');
  let left = budget;
  const copy = (from: Node, to: Node): void => {
    for (let child = from.firstChild; child && left > 0; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        left -= value.length;
        to.appendChild(scratch.createTextNode(value));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (NO_TEXT.has(el.tagName.toUpperCase())) continue;
      if (el.matches(QUOTE) || (el.matches(SPOILER) && !isUntitled(el))) {
        // A block in its place keeps the text on either side on separate lines.
        to.appendChild(scratch.createElement('div'));
        continue;
      }
      const clone = scratch.importNode(el, false);
      to.appendChild(clone);
      copy(el, clone);
    }
  };
  copy(root, out);
  return out;
}

/** The lines inside a spoiler box titled as a warning label: every line is declared warning. */
function readWarningBox(content: Element, options: ReadOptions): Finding[] {
  const lines = elementLines(readableTop(content, 3000), { maxChars: 3000 }).filter((l) => l !== BREAK && l.trim());
  if (lines.length === 0) return [{ kind: 'unknown', source: 'header', reason: 'not-found' }];
  const findings: Finding[] = [];
  for (const line of lines.slice(0, 30)) {
    const field = parseFieldLine(line);
    if (field?.kind === 'warning') findings.push(...readWarningValue(field.value, 'header', options));
    else if (field?.kind === 'note') findings.push(...inlineWarnings(field.value, 'header', options));
    // A long line is an explanation, not a list: keep the triggers it names, not each clause as Other.
    else findings.push(...readWarningValue(line, 'header', line.length > 120 ? { ...options, unrecognized: 'ignore' } : options));
  }
  return findings;
}

export function readSpoiler(spoiler: Element, options: ReadOptions = {}): Finding[] {
  const title = spoilerTitle(spoiler);
  if (!title) return [];
  const field = parseFieldLine(title);
  if (field?.kind === 'warning' && field.value.trim()) return readWarningValue(field.value, 'header', options);
  if (field?.kind === 'warning' || WARNING_TITLE.test(title)) {
    const content = spoilerContent(spoiler);
    return content ? readWarningBox(content, options) : [{ kind: 'unknown', source: 'header', reason: 'not-found' }];
  }
  // Story titles ("Omake: The Last Night") are not read as tags: a trigger word in a title is
  // no warning unless the title itself says so.
  const findings = inlineWarnings(title, 'header', options);
  if (MARKED_AT_END.test(title)) findings.push(...readTag(title, 'header'));
  return findings;
}

export function readPost(body: Element): Finding[] {
  const doc = body.ownerDocument;
  const tags = threadTags(doc);
  const options: ReadOptions = { tagsRead: tags.length > 0 };
  const findings: Finding[] = tags.flatMap((t) => readTag(t, 'tag'));

  // Threadmark titles sometimes carry the warning: "Chapter 12 (TW: suicide)".
  const label = body.closest('article.message--post')?.querySelector('.threadmarkLabel');
  if (label) findings.push(...inlineWarnings(text(label), 'header', options));

  for (const spoiler of body.querySelectorAll(SPOILER)) {
    const quote = spoiler.closest(QUOTE);
    if (quote && body.contains(quote)) continue;
    findings.push(...readSpoiler(spoiler, options));
  }

  const lines = elementLines(readableTop(body, HEADER_CHARS), { maxChars: HEADER_CHARS });
  findings.push(...parseHeader(lines, { ...options, source: 'header' }).findings);
  return findings;
}

export const xenforo: SiteAdapter = {
  id: 'xenforo',
  name: 'SpaceBattles and SufficientVelocity',
  matches: XENFORO_PATTERNS,
  test: (url) => matchesAny(url, XENFORO_PATTERNS) && (THREAD_PATH.test(url.pathname) || THREAD_QUERY.test(url.search)),
  containerSelector: POST_BODY,
  findUnits(root) {
    return [...root.querySelectorAll<HTMLElement>(POST_BODY)].map((element): Unit => ({ element, read: () => readPost(element) }));
  },
  examples: {
    matching: [
      'https://forums.spacebattles.com/threads/a-quiet-winter-worm.123456/',
      'https://forums.spacebattles.com/threads/a-quiet-winter-worm.123456/page-3',
      'https://forums.spacebattles.com/threads/a-quiet-winter-worm.123456/page-3#post-98765432',
      'https://forums.spacebattles.com/threads/a-quiet-winter-worm.123456/threadmarks',
      'https://forums.spacebattles.com/threads/a-quiet-winter-worm.123456/reader/',
      'https://forums.spacebattles.com/threads/a-quiet-winter-worm.123456/reader/page-2',
      'https://forums.spacebattles.com/posts/98765432/',
      'https://forums.sufficientvelocity.com/threads/snow-and-ash-a-quest.54321/',
      'https://forums.sufficientvelocity.com/threads/snow-and-ash-a-quest.54321/page-12',
      'https://forums.sufficientvelocity.com/threads/snow-and-ash-a-quest.54321/reader/page-4',
      'https://forums.sufficientvelocity.com/threads/snow-and-ash-a-quest.54321/threadmarks?category_id=1',
      'https://forums.sufficientvelocity.com/threads/54321/',
      'https://forums.sufficientvelocity.com/posts/1234567/',
      'https://forums.sufficientvelocity.com/index.php?threads/snow-and-ash-a-quest.54321/',
    ],
    notMatching: [
      // Supported hosts, but pages without posts to gate.
      'https://forums.spacebattles.com/',
      'https://forums.spacebattles.com/forums/creative-writing.18/',
      'https://forums.spacebattles.com/members/someone.1234/',
      'https://forums.sufficientvelocity.com/search/1/?q=snow',
      'https://forums.sufficientvelocity.com/tags/worm/',
      // Other hosts.
      'https://spacebattles.example.com/threads/x.1/',
      'https://forums.questionablequesting.com/threads/x.1/',
    ],
  },
};
