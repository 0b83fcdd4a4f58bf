/**
 * Adult-FanFiction.org: story chapters on each fandom zone
 * (`<zone>.adult-fanfiction.org/story.php?no=<id>[&chapter=<n>]`).
 *
 * Every story on the site is adult; what the reader needs to know is which themes. The
 * site has no warning field: authors write a plain-text header at the top of the chapter
 * text (`div.chapter-body`, the unit), and the site prints the story's tags (Non-Con,
 * Incest…) beside it. So the unit reads the header, any story tags around the chapter,
 * and any "Warnings:" / "Content warning" line in the story's info above the text.
 *
 * Best effort: the markup is known from scrapers only (FanFicFare and its issue #1305 on
 * the 2026 redesign: `main div.container div.chapter-content-card` with the title first and
 * `div.chapter-body` holding the text; `span.story-tag` on the site's story cards), so
 * every part beyond the chapter text is optional.
 */
import { AFF_PATTERNS } from './hosts';
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readTag } from '../warnings/values';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter } from './types';


const TEXT = 'div.chapter-body';
/** The card around the chapter (title first, then the text); the parent element where it is missing. */
const CARD = '.chapter-content-card';
const TAGS = '.story-tag, .chapter-tag';

/**
 * The info the site prints above the chapter text inside its card (title, author, tags,
 * description). Only what comes before the text: below it are comments and navigation.
 */
function infoAbove(body: Element): Element[] {
  const card = body.closest(CARD) ?? body.parentElement;
  if (!card) return [];
  const out: Element[] = [];
  for (let el = card.firstElementChild; el && el !== body && !el.contains(body); el = el.nextElementSibling) out.push(el);
  return out;
}

export function readChapter(body: Element): Finding[] {
  const findings: Finding[] = [];
  const card = body.closest(CARD) ?? body.parentElement ?? body;
  const tags = [...card.querySelectorAll(TAGS)].map(text).filter(Boolean);
  for (const tag of tags) findings.push(...readTag(tag, 'tag'));
  const tagsRead = tags.length > 0;
  for (const info of infoAbove(body)) {
    findings.push(...parseHeader(elementLines(info, { maxChars: 2000 }), { source: 'summary', wholeText: true, tagsRead }).findings);
  }
  // The site repeats the title, author and chapter title above the author's own header.
  findings.push(...parseHeader(elementLines(body), { source: 'header', tagsRead, maxIntroLines: 8 }).findings);
  return findings;
}

export const aff: SiteAdapter = {
  id: 'aff',
  name: 'Adult-FanFiction.org',
  matches: AFF_PATTERNS,
  // Each zone also serves listings, search and profiles: only story.php has a chapter.
  test: (url) => url.pathname === '/story.php' && /^\d+$/.test(url.searchParams.get('no') ?? '') && matchesAny(url, AFF_PATTERNS),
  containerSelector: TEXT,
  findUnits(root) {
    return [...root.querySelectorAll<HTMLElement>(TEXT)]
      .filter((el) => !el.parentElement?.closest(TEXT))
      .map((element) => ({ element, read: () => readChapter(element) }));
  },
  examples: {
    matching: [
      'https://hp.adult-fanfiction.org/story.php?no=600095379',
      'https://hp.adult-fanfiction.org/story.php?no=600095379&chapter=2',
      'http://naruto.adult-fanfiction.org/story.php?no=600012345&chapter=1',
      'https://anime2.adult-fanfiction.org/story.php?no=123456789',
      'https://original.adult-fanfiction.org/story.php?no=600000001&chapter=14',
    ],
    notMatching: [
      'https://www.adult-fanfiction.org/',
      'https://hp.adult-fanfiction.org/',
      'https://hp.adult-fanfiction.org/search.php?title=placeholder',
      'https://members.adult-fanfiction.org/profile.php?id=12345',
      'https://hp.adult-fanfiction.org/story.php',
      'https://adult-fanfiction.org.example.com/story.php?no=1',
    ],
  },
};
