/**
 * Turns post markup into the plain lines an author typed, for the header parser.
 *
 * Authors format headers every way HTML allows: `<br>`-separated lines, one `<p>` per
 * field, bold labels split across tags, label and value in table cells, lists. Reading
 * the DOM (never innerHTML) and joining inline elements without spaces gives the same
 * lines for all of them. Reading stops at the cut or after `maxChars`, so a 100,000-word
 * story costs the same as a short one.
 */
import { BREAK } from '../warnings/header';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'UL', 'SUMMARY',
]);
/** Line-level boxes: a new line, but not a paragraph gap. */
const LINE = new Set(['LI', 'TR', 'DT', 'DD', 'CAPTION', 'TBODY', 'THEAD', 'TFOOT']);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEED-GATE']);

/** Where an LJ/Dreamwidth cut starts: the header is above it, the story below. */
export const CUT_SELECTOR =
  'a[name^="cutid"], span.cut-wrapper, div[id^="div-cuttag_"], .ljcut, lj-cut, a.ljcut-link, .cuttag, .lj-cut';

export interface LineOptions {
  maxChars?: number;
  /** Stop at a cut marker (journal entries). */
  stopAtCut?: boolean;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function elementLines(root: Element, options: LineOptions = {}): string[] {
  const maxChars = options.maxChars ?? 8000;
  const lines: string[] = [];
  let current = '';
  let chars = 0;
  let done = false;

  const endLine = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    lines.push(text);
    chars += text.length;
    current = '';
    if (chars >= maxChars) done = true;
  };
  const endParagraph = () => {
    if (current.trim()) endLine();
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  const endLineIfAny = () => {
    if (current.trim()) endLine();
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !done; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (options.stopAtCut && el.matches(CUT_SELECTOR)) {
        endLineIfAny();
        lines.push(BREAK);
        done = true;
        return;
      }
      if (tag === 'BR') {
        endLine();
        continue;
      }
      if (tag === 'HR') {
        endLineIfAny();
        lines.push(BREAK);
        continue;
      }
      if (BLOCK.has(tag)) {
        endParagraph();
        walk(el);
        endParagraph();
      } else if (LINE.has(tag)) {
        endLineIfAny();
        walk(el);
        endLineIfAny();
      } else if (CELL.has(tag)) {
        current += ' ';
        walk(el);
        current += ' ';
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  if (!done) endLineIfAny();
  return lines;
}

/** All text of an element as one string, for tags and titles. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
