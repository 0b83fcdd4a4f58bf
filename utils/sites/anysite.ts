/**
 * Any other site, once the reader asks for it from the popup ("Use Heed on this site"): the
 * reader grants that origin, and the background registers the any-site content script for
 * it (entrypoints/anysite.content). There Heed knows nothing of the markup, so it looks for
 * the page's main content — each `article`, else `main` / `[role=main]`, else the largest
 * block of paragraphs — and reads the plain-text warning header at its top, as on a journal.
 * An eFiction archive that is not in the known list is read as an eFiction archive.
 */
import type { Finding } from '../warnings/types';
import { parseHeader } from '../warnings/header';
import { efiction, isEfictionStoryUrl } from './efiction';
import { elementLines, text } from './lines';
import type { SiteAdapter, Unit } from './types';

const LANDMARKS = 'article, main, [role="main"]';
/** Below this much text an article is a teaser card or a widget, not a story. */
const MIN_TEXT = 200;

function readMain(element: Element): Finding[] {
  return parseHeader(elementLines(element, { stopAtCut: true }), { source: 'header' }).findings;
}

/**
 * The element holding the most paragraph text: where the story is on a page with no
 * landmark. Reads text only, never layout, so it is cheap even on a long page.
 */
export function largestTextBlock(root: ParentNode): HTMLElement | undefined {
  const totals = new Map<HTMLElement, number>();
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: HTMLElement | undefined;
  let bestLength = MIN_TEXT;
  for (const [el, length] of totals) {
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

export function findMainContent(root: ParentNode): HTMLElement[] {
  const articles = [...root.querySelectorAll<HTMLElement>('article')].filter(
    (a) => !a.parentElement?.closest('article') && text(a).length >= MIN_TEXT,
  );
  if (articles.length > 0) return articles;
  const main = root.querySelector<HTMLElement>('main, [role="main"]');
  if (main) return [main];
  const block = largestTextBlock(root);
  return block ? [block] : [];
}

export const anySite: SiteAdapter = {
  id: 'anysite',
  name: 'Sites you added',
  // The origins are the ones the reader grants at run time; nothing is declared up front.
  matches: [],
  test: () => true,
  containerSelector: `${LANDMARKS}, ${efiction.containerSelector}`,
  findUnits(root) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    if (doc.location && isEfictionStoryUrl(new URL(doc.location.href))) return efiction.findUnits(root);
    return findMainContent(root).map((element): Unit => ({ element, read: () => readMain(element) }));
  },
  examples: { matching: [], notMatching: [] },
};
