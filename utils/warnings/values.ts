/**
 * Reads the value of a declared warning ("Character death!, implied self-harm, fluff") and
 * tags, turning them into findings. Pure functions over strings.
 */
import { matchPhrases, type MatchContext } from './matcher';
import { escapeRegExp, normalize, words } from './normalize';
import { vocabulary } from './taxonomy';
import type { Finding, Source } from './types';

export type ItemKind =
  | 'trigger' // names one or more triggers
  | 'negated' // "no character death": recognized, and clear
  | 'none' // "none", "n/a", "No Archive Warnings Apply"
  | 'unknown' // "choose not to warn"
  | 'pointer' // "heed the tags", "see end notes": the warnings are elsewhere
  | 'not-warning' // fluff, crack, unbeta'd, slash, spoilers…: not something to protect from
  | 'filler' // "mostly", "mentioned": words that qualify a neighbour, not an item
  | 'unrecognized'; // a declared warning we do not know: counts as Other

export interface ItemResult {
  kind: ItemKind;
  triggers: Finding[];
  text: string;
}

const NONE = new Set(vocabulary.none);
const UNKNOWN_PHRASES = vocabulary.unknown;
const POINTERS = new Set(vocabulary.pointers);
/** Reassurances with no trigger phrase of their own: "Everyone Lives", "everybody survives". */
const NEGATIONS = new RegExp(`(?:^|\\s)(?:${vocabulary.negations.map((n) => escapeRegExp(normalize(n))).join('|')})(?:$|\\s)`);
/** "the usual", "and more": every word of a filler phrase is filler on its own once items are split. */
const FILLERS = new Set(vocabulary.fillers.flatMap((f) => [f, ...words(normalize(f))]));
/** Longest first so "no beta we die like men" is removed before "no beta". */
const NOT_WARNINGS = [...vocabulary.notWarnings].sort((a, b) => b.length - a.length);
const NOT_WARNING_PREFIXES = ['spoilers', 'spoiler', 'au ', 'alternate universe', 'canon divergence', 'crack', 'fluff', 'no beta', 'unbeta'];

const BRACKETS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
];

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/**
 * Drops brackets left over from splitting ("(cw: blood" / "x)") or wrapping a whole item,
 * and keeps those that belong to it: "violence (graphic)", "Death (Good Omens)".
 */
function trimBrackets(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = t.replace(/^[\s"'`]+|[\s"'`.!?…:;,*_~]+$/g, '');
    for (const [open, close] of BRACKETS) {
      if (t.startsWith(open) && t.endsWith(close) && count(t, open) === 1 && count(t, close) === 1) t = t.slice(1, -1);
      if (t.startsWith(open) && count(t, open) > count(t, close)) t = t.slice(1);
      if (t.endsWith(close) && count(t, close) > count(t, open)) t = t.slice(0, -1);
    }
    if (t === before) return t;
  }
}

/** Strips list bullets, wrapping brackets and trailing punctuation from one item. */
export function cleanItem(item: string): string {
  return trimBrackets(
    normalize(item)
      .replace(/^(?:[-*+•·~>#=]+|\d+[.)])\s*/, '')
      .replace(/^(?:and|or|also|plus)\s+/, ''),
  );
}

/**
 * Splits a warning value into items. Slashes without spaces stay inside an item
 * ("Rape/Non-Con", "Implied/Referenced", "hurt/comfort").
 */
export function splitItems(value: string): string[] {
  return value
    .split(/[,;|•·\n\t]+|\s+(?:and|&|\+|plus|or|as well as)\s+|\s+\/\s+|\s+[-–—]\s+/i)
    .map(cleanItem)
    .filter((s) => s.length > 0);
}

function isNotWarning(item: string): boolean {
  if (NOT_WARNING_PREFIXES.some((p) => item.startsWith(p))) return true;
  let rest = ` ${item} `;
  for (const phrase of NOT_WARNINGS) {
    if (rest.includes(` ${phrase} `) || rest.includes(` ${phrase}!`)) rest = rest.split(` ${phrase}`).join(' ');
  }
  return onlyFillers(rest) && rest.trim() !== item;
}

function onlyFillers(text: string): boolean {
  const ws = words(normalize(text));
  return ws.every((w) => FILLERS.has(w) || FILLERS.has(w.replace(/s$/, '')));
}

/** Classifies one item of a warning value or one tag. */
export function classifyItem(raw: string, source: Source, context: MatchContext): ItemResult {
  const text = cleanItem(raw);
  const result = (kind: ItemKind, triggers: Finding[] = []): ItemResult => ({ kind, triggers, text });
  if (!text) return result('filler');
  if (NONE.has(text)) return result('none');
  if (UNKNOWN_PHRASES.some((p) => text.includes(p))) return result('unknown');

  const matches = matchPhrases(text, context);
  const positive = matches.filter((m) => !m.negated);
  // "none except some blood" is not none.
  if (positive.length === 0 && (/^(?:none|nothing|n\/a)\b/.test(text) || /^no (?:archive )?warnings?\b/.test(text))) {
    return result('none');
  }
  if (positive.length > 0) {
    const seen = new Set<string>();
    const triggers: Finding[] = [];
    for (const m of positive) {
      if (seen.has(m.trigger)) continue;
      seen.add(m.trigger);
      triggers.push({ kind: 'trigger', trigger: m.trigger, source, ...(m.modifier ? { modifier: m.modifier } : {}) });
    }
    return result('trigger', triggers);
  }
  if (matches.length > 0 || NEGATIONS.test(text)) return result('negated');
  if (POINTERS.has(text) || /\b(?:heed|read|mind|check|see)\b.*\b(?:tags|notes?|a\/n)\b|\bend[\s-]?notes?\b/.test(text)) {
    return result('pointer');
  }
  if (/^dead dove\b/.test(text)) return result('pointer');
  if (onlyFillers(text)) return result('filler');
  if (isNotWarning(text)) return result('not-warning');
  // "no one gets hurt", "not a fix-it": negated forms with no phrase of their own.
  if (/^(?:no|not|without|zero|never|nobody|no one|no-one)\b/.test(text)) return result('negated');
  return result('unrecognized');
}

export interface ReadOptions {
  /** Tags are read elsewhere on this page, so "heed the tags" does not make the work unknown. */
  tagsRead?: boolean;
  /**
   * What to do with items that match nothing: a warning line counts them as Other,
   * a tag list ignores them (most tags are not warnings).
   */
  unrecognized?: 'other' | 'ignore';
}

/** Findings declared by one warning value ("Warnings: X, Y and Z"). */
export function readWarningValue(value: string, source: Source, options: ReadOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const item of splitItems(value)) {
    const r = classifyItem(item, source, 'warning');
    switch (r.kind) {
      case 'trigger':
        findings.push(...r.triggers);
        break;
      case 'unknown':
        findings.push({ kind: 'unknown', source, reason: 'chose-not-to-warn' });
        break;
      case 'pointer':
        if (!options.tagsRead) findings.push({ kind: 'unknown', source, reason: 'pointer' });
        break;
      case 'unrecognized':
        if ((options.unrecognized ?? 'other') === 'other') findings.push({ kind: 'other', source, text: r.text.slice(0, 80) });
        break;
      default:
        break;
    }
  }
  return findings;
}

/**
 * How a tag says it is a warning: "tw: x", "x tw", "warning: x", and Tumblr's "// x" / "x //".
 * Tumblr shows tags with their "#".
 */
const TW_MARK =
  /^(?:(?:tw|cw|cn|t\/w|c\/w|trigger warnings?|content warnings?|content notes?)\b[\s:/\-.]*|warnings?\s*[:\-]\s*|\/\/\s*)|[\s:/\-]*(?:\b(?:tw|cw)|\/\/)$/;

/**
 * Findings from one tag. Only tags that name a trigger count; a tag marked as a warning
 * ("tw: sh", "abuse tw") is read like a warning line, so short forms count there.
 */
export function readTag(tag: string, source: Source): Finding[] {
  const norm = normalize(tag).replace(/^#(?=\S)/, '');
  const marked = TW_MARK.test(norm) && norm.replace(TW_MARK, '').trim().length > 0;
  const text = marked ? norm.replace(TW_MARK, '').trim() : norm;
  const r = classifyItem(text, source, marked ? 'warning' : 'tag');
  return r.kind === 'trigger' ? r.triggers : [];
}

/**
 * One name from a site's own closed list of warnings (AO3's archive warnings, an eFiction
 * archive's Warnings class, Royal Road's list). The site declared it a warning, so a name
 * we do not recognise still counts (Other); "None" and words like "Language" give nothing.
 */
export function readSiteWarning(name: string, source: Source): Finding[] {
  const r = classifyItem(name, source, 'warning');
  switch (r.kind) {
    case 'trigger':
      return r.triggers;
    case 'unknown':
      return [{ kind: 'unknown', source, reason: 'chose-not-to-warn' }];
    case 'pointer':
      return [{ kind: 'unknown', source, reason: 'pointer' }];
    case 'unrecognized':
      return [{ kind: 'other', source, text: r.text.slice(0, 80) }];
    default:
      return [];
  }
}
