/**
 * FanFiction.net and FictionPress (one code base, www. and m. hosts): story pages, and every
 * listing of stories (category, crossover and community pages, search, "just in", author
 * pages with their own and favourite stories).
 *
 * The site has no warning field of its own: authors write warnings where they can, which is
 * the top of the chapter text (an old-school plain-text header, often closed by
 * `<hr size=1 noshade>`) and the summary ("TW: x", "Warning: character death."). So a story
 * page reads the header at the top of the story container and the summary in `#profile_top`;
 * a listing reads each story's summary. The site's own meta line ("Rated: Fiction T -
 * English - Angst/Tragedy - …") lists genres, not warnings, and is never read: "Hurt/Comfort"
 * and "Tragedy" say nothing about what a story contains.
 *
 * Story text: desktop `#storytextp > #storytext`. The mobile site prints the chapter as
 * `#storycontent` in the scrapers that fetch it; both are handled. Listings: each story is a
 * `div.z-list` whose `div.z-indent` holds the summary as bare text followed by the meta line
 * `div.z-padtop2.xgray`; that `div.z-indent` is what a listing gates.
 */
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { FFN_PATTERNS } from './hosts';
import { elementLines } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';


/** The chapter text: desktop, and the mobile site as scrapers have seen it. */
const STORY = '#storytext, #storycontent';
/** A listed story's summary (with its meta line inside). */
const LISTING_SUMMARY = 'div.z-list > div.z-indent';
/** The site's meta line inside a listed summary: genres, characters, counts. */
const LISTING_META = '.z-padtop2, .xgray';
/** The summary above the chapter on desktop story pages (the title and meta line are siblings). */
const STORY_SUMMARY = '#profile_top > div.xcontrast_txt';

/**
 * Pages that never show a story or a story's summary: reviews, sign-in, account settings and
 * private messages. Everything else on these hosts may list stories, so the adapter runs.
 */
const NOT_FICTION = /^\/(?:r\/\d|login\.php|account\/|pm2\/)/;

/** What a story page declares: the header at the top of the chapter, and the summary. */
export function readStory(doc: ParentNode, story: Element): Finding[] {
  const findings = parseHeader(elementLines(story), { source: 'header' }).findings;
  const summary = doc.querySelector(STORY_SUMMARY);
  if (summary) {
    // A summary is one or two sentences with the TW anywhere in it, not a header at its top.
    findings.push(...parseHeader(elementLines(summary, { maxChars: 2000 }), { source: 'summary', wholeText: true }).findings);
  }
  return findings;
}

/** A listed summary as lines, without the site's meta line (its genres are not warnings). */
export function listingSummaryLines(summary: Element): string[] {
  const copy = summary.cloneNode(true) as Element;
  for (const meta of copy.querySelectorAll(LISTING_META)) meta.remove();
  return elementLines(copy, { maxChars: 2000 });
}

export function readListing(summary: Element): Finding[] {
  return parseHeader(listingSummaryLines(summary), { source: 'summary', wholeText: true }).findings;
}

export const ffn: SiteAdapter = {
  id: 'ffn',
  name: 'FanFiction.net and FictionPress',
  matches: FFN_PATTERNS,
  test: (url) => matchesAny(url, FFN_PATTERNS) && !NOT_FICTION.test(url.pathname),
  containerSelector: `${STORY}, ${LISTING_SUMMARY}`,
  findUnits(root) {
    const units: Unit[] = [];
    // Should a page ever nest one story container in the other, the outer one is the story.
    const stories = [...root.querySelectorAll<HTMLElement>(STORY)].filter((el) => !el.parentElement?.closest(STORY));
    for (const story of stories) {
      const doc = story.ownerDocument;
      units.push({ element: story, read: () => readStory(doc, story) });
    }
    for (const summary of root.querySelectorAll<HTMLElement>(LISTING_SUMMARY)) {
      units.push({ element: summary, read: () => readListing(summary), compact: true });
    }
    return units;
  },
  examples: {
    matching: [
      'https://www.fanfiction.net/s/12345678/1/A-Placeholder-Title',
      'https://www.fanfiction.net/s/12345678/3/A-Placeholder-Title',
      'https://www.fanfiction.net/s/12345678',
      'http://www.fanfiction.net/s/12345678/1/',
      'https://m.fanfiction.net/s/12345678/1/',
      'https://m.fanfiction.net/s/12345678/2/A-Placeholder-Title',
      'https://www.fictionpress.com/s/2345678/1/Another-Placeholder',
      'https://m.fictionpress.com/s/2345678/4/',
      // Listings: every story's summary is gated on its own.
      'https://www.fanfiction.net/anime/Naruto/',
      'https://www.fanfiction.net/book/Harry-Potter/?&srt=1&r=10&p=2',
      'https://www.fanfiction.net/Harry-Potter-Crossovers/224/0/',
      'https://www.fanfiction.net/community/Placeholder-Community/123456/',
      'https://www.fanfiction.net/search/?keywords=winter&ready=1&type=story',
      'https://www.fanfiction.net/u/1234567/Placeholder-Author',
      'https://www.fanfiction.net/j/0/0/0/',
      'https://m.fanfiction.net/book/Harry-Potter/',
      'https://m.fanfiction.net/u/1234567/',
      'https://www.fictionpress.com/fiction/Romance/',
      'https://www.fictionpress.com/poetry/Haiku/?&srt=1',
      'https://www.fanfiction.net/',
    ],
    notMatching: [
      // Reviews, sign-in, account and messages: no story, no summary.
      'https://www.fanfiction.net/r/12345678/',
      'https://www.fanfiction.net/login.php',
      'https://www.fanfiction.net/account/settings.php',
      'https://www.fanfiction.net/pm2/post.php?uid=1234567',
      // Other hosts.
      'https://fanfiction.example.net/s/12345678/1/',
      'https://www.notfanfiction.net/s/12345678/1/',
      'https://www.fanfiktion.de/s/60000000000000000000/1/Titel',
      'https://archiveofourown.org/works/1',
    ],
  },
};
