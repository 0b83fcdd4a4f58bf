/**
 * Quotev: story pages and their chapters (`www.quotev.com/story/<id>/<slug>[/<n>]`).
 *
 * Quotev has no warning field of its own. Authors put their warnings where readers of the
 * site look first: a plain-text header or "TW:" lines at the top of the chapter text
 * (`div#rescontent`, the unit), lines in the story description (`#qdesct`), and tags in
 * the story header (`#quizHeader .quizBoxTags`). All three are read; a story that says
 * nothing is released as it is.
 *
 * Best effort: the markup is known from scrapers (FanFicFare), not from a published spec.
 */
import { QUOTEV_PATTERNS } from './hosts';
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readTag } from '../warnings/values';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter } from './types';


const TEXT = '#rescontent';
const DESCRIPTION = '#qdesct';
const TAGS = '#quizHeader .quizBoxTags a';

export function readQuotevStory(doc: ParentNode, content: Element): Finding[] {
  const findings: Finding[] = [];
  const tags = [...doc.querySelectorAll(TAGS)].map(text).filter(Boolean);
  for (const tag of tags) findings.push(...readTag(tag, 'tag'));
  const tagsRead = tags.length > 0;
  const description = doc.querySelector(DESCRIPTION);
  if (description) {
    // The whole description: "TW" lines sit anywhere in it, often after the blurb.
    findings.push(...parseHeader(elementLines(description, { maxChars: 4000 }), { source: 'summary', wholeText: true, tagsRead }).findings);
  }
  findings.push(...parseHeader(elementLines(content), { source: 'header', tagsRead }).findings);
  return findings;
}

export const quotev: SiteAdapter = {
  id: 'quotev',
  name: 'Quotev',
  matches: QUOTEV_PATTERNS,
  // Quizzes, profiles and listings share the host; only stories have chapters to gate.
  test: (url) => /^\/story\/\d+(?:\/|$)/.test(url.pathname) && matchesAny(url, QUOTEV_PATTERNS),
  containerSelector: TEXT,
  findUnits(root) {
    const content = root.querySelector<HTMLElement>(TEXT);
    if (!content) return [];
    const doc = content.ownerDocument;
    return [{ element: content, read: () => readQuotevStory(doc, content) }];
  },
  examples: {
    matching: [
      'https://www.quotev.com/story/12345678/A-Placeholder-Title',
      'https://www.quotev.com/story/12345678/A-Placeholder-Title/3',
      'https://www.quotev.com/story/12345678',
      'https://quotev.com/story/12345678/A-Placeholder-Title',
      'http://www.quotev.com/story/12345678/A-Placeholder-Title/2?rs=1',
    ],
    notMatching: [
      'https://www.quotev.com/',
      'https://www.quotev.com/quiz/12345678/Which-Placeholder-Are-You',
      'https://www.quotev.com/stories',
      'https://www.quotev.com/stories/c/Fanfiction',
      'https://www.quotev.com/someone',
      'https://www.quotev.com/search/story',
      'https://quotev.com.example.org/story/12345678/A-Title',
    ],
  },
};
