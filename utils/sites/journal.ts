/**
 * What Dreamwidth and LiveJournal share: every journal style prints an entry body as an
 * `entry-content` element, and authors write their warnings as a plain-text header at
 * its top, above the cut. Each entry is its own unit.
 */
import { inlineWarnings, parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readTag } from '../warnings/values';
import { elementLines, text } from './lines';
import type { Unit } from './types';

export interface JournalMarkup {
  /** Entry bodies. */
  entry: string;
  /**
   * Where the text under a folded cut arrives when the reader expands it (Dreamwidth's
   * `div#div-cuttag_…`, empty until then). Each filled one is a unit of its own: authors
   * often put the header itself under the cut.
   */
  expandedCut?: string;
  /**
   * The element around one entry (body, title, tags), most complete first: on Dreamwidth the
   * tags footer is outside `div.entry`, inside `div.entry-wrapper`.
   */
  wrappers: readonly string[];
  /** The entry's own tags, inside the wrapper. */
  tags: string;
  /** The entry's subject line, inside the wrapper. */
  title: string;
}

export function readEntry(body: Element, markup: JournalMarkup): Finding[] {
  const parent = body.parentElement;
  const wrapper = markup.wrappers.map((w) => parent?.closest(w)).find(Boolean);
  const tags = wrapper ? [...wrapper.querySelectorAll(markup.tags)].map(text).filter(Boolean) : [];
  const findings: Finding[] = [];
  // Journal tags are often "warning: x" / "tw: x": readTag reads those as warnings.
  for (const tag of tags) findings.push(...readTag(tag, 'tag'));
  const title = wrapper?.querySelector(markup.title);
  if (title) findings.push(...inlineWarnings(text(title), 'header', { tagsRead: tags.length > 0 }));
  const lines = elementLines(body, { stopAtCut: true });
  findings.push(...parseHeader(lines, { source: 'header', tagsRead: tags.length > 0 }).findings);
  return findings;
}

export function findEntries(root: ParentNode, markup: JournalMarkup): Unit[] {
  const bodies = [...root.querySelectorAll<HTMLElement>(markup.entry)];
  // Some styles nest entry-content classes; the outermost body is the unit.
  const units: Unit[] = bodies
    .filter((el) => !el.parentElement?.closest(markup.entry))
    .map((element) => ({ element, read: () => readEntry(element, markup) }));
  if (markup.expandedCut) {
    for (const cut of root.querySelectorAll<HTMLElement>(markup.expandedCut)) {
      if (cut.hasChildNodes()) units.push({ element: cut, read: () => readEntry(cut, markup) });
    }
  }
  return units;
}
