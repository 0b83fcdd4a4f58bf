/**
 * Finds trigger phrases in one short piece of text (a tag, or one item of a warning line).
 *
 * All phrases of all triggers, plus "neutral" false friends, are compiled once into one
 * alternation, longest first. At each position the longest phrase wins, so "Death Eaters"
 * consumes "death", "Underage Drinking" consumes "underage" and "Consensual Non-Consent"
 * consumes "non-con" without any special case. Word edges are Unicode-aware, so "drape"
 * never contains "rape" and "Killua" never contains "kill".
 */
import { escapeRegExp, normalize, words, WORD_CHAR } from './normalize';
import { TRIGGERS, vocabulary } from './taxonomy';
import type { Modifier } from './types';

/** 'warning': inside a declared warning (header line, TW tag), where short abbreviations count. */
export type MatchContext = 'warning' | 'tag';

interface PhraseEntry {
  triggers: Set<string>;
  warningOnlyTriggers: Set<string>;
  neutral: boolean;
}

export interface PhraseMatch {
  trigger: string;
  negated: boolean;
  modifier?: Modifier;
  start: number;
  end: number;
}

/** Spaces and hyphens are interchangeable and optional inside a phrase: self-harm, self harm, selfharm. */
function phraseKey(phrase: string): string {
  return normalize(phrase).replace(/[\s-]+/g, '');
}

function phraseSource(phrase: string): string {
  return normalize(phrase)
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]?');
}

interface Compiled {
  regex: RegExp;
  entries: Map<string, PhraseEntry>;
}

function compile(): Compiled {
  const entries = new Map<string, PhraseEntry>();
  const entry = (phrase: string): PhraseEntry => {
    const key = phraseKey(phrase);
    let e = entries.get(key);
    if (!e) {
      e = { triggers: new Set(), warningOnlyTriggers: new Set(), neutral: false };
      entries.set(key, e);
    }
    return e;
  };
  const sources = new Set<string>();
  for (const t of TRIGGERS) {
    for (const p of t.phrases) {
      entry(p).triggers.add(t.id);
      sources.add(phraseSource(p));
    }
    for (const p of t.warningOnly) {
      entry(p).warningOnlyTriggers.add(t.id);
      sources.add(phraseSource(p));
    }
  }
  for (const p of vocabulary.neutral) {
    entry(p).neutral = true;
    sources.add(phraseSource(p));
  }
  const alternation = [...sources].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
  // Optional plural; the edges exclude letters and digits on both sides.
  const regex = new RegExp(`(?<!${WORD_CHAR})(?:${alternation})(?:e?s)?(?!${WORD_CHAR})`, 'gu');
  return { regex, entries };
}

let compiled: Compiled | undefined;
function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

function lookup(matched: string, entries: Map<string, PhraseEntry>): PhraseEntry | undefined {
  const key = phraseKey(matched);
  return entries.get(key) ?? entries.get(key.replace(/s$/, '')) ?? entries.get(key.replace(/es$/, ''));
}

const NEGATORS = new Set(
  vocabulary.negators.flatMap((n) => (n.includes(' ') ? [] : [n.replace(/['']/g, '')])).concat(['nor', 'dont', 'doesnt', 'isnt', 'arent', 'wont']),
);
/** A negation does not reach across these: "no sex, but rape" still warns of rape. */
const CLAUSE_BREAKS = new Set(['but', 'except', 'although', 'though', 'just', 'only', 'however', 'yet', 'and', 'also']);

function isNegated(text: string, start: number, end: number): boolean {
  if (/^(?:-|\s)?free\b/.test(text.slice(end))) return true;
  const before = words(text.slice(Math.max(0, start - 60), start)).slice(-4);
  for (let i = before.length - 1; i >= 0; i--) {
    const w = (before[i] ?? '').replace(/'/g, '');
    if (CLAUSE_BREAKS.has(w)) return false;
    if (NEGATORS.has(w)) return true;
  }
  return false;
}

const MODIFIER_WORDS: ReadonlyMap<string, Modifier> = new Map(
  (Object.entries(vocabulary.modifiers) as [string, string[]][]).flatMap(([kind, list]) =>
    kind === 'canon'
      ? []
      : list.flatMap((m) => words(normalize(m)).slice(0, 1).map((w) => [w, kind as Modifier] as const)),
  ),
);
const MODIFIER_STOP = new Set(['of', 'to', 'a', 'the', 'some', 'brief', 'and']);

function modifierAround(text: string, start: number, end: number): Modifier | undefined {
  const before = words(text.slice(Math.max(0, start - 60), start)).slice(-3);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = MODIFIER_WORDS.get(before[i] ?? '');
    if (m) return m;
    if (!MODIFIER_STOP.has(before[i] ?? '') && !before[i]?.includes('/')) break;
  }
  const after = words(text.slice(end, end + 30)).slice(0, 2);
  for (const w of after) {
    const m = MODIFIER_WORDS.get(w);
    if (m) return m;
  }
  return undefined;
}

/**
 * Every trigger phrase in `text`. Matches inside a neutral phrase are dropped; matches
 * preceded by a negation ("no character death", "Nobody Dies", "MCD-free") are kept but
 * flagged, so callers can tell "negated" from "not mentioned".
 */
export function matchPhrases(text: string, context: MatchContext): PhraseMatch[] {
  const { regex, entries } = getCompiled();
  const norm = normalize(text);
  const out: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (const m of norm.matchAll(regex)) {
    const e = lookup(m[0], entries);
    if (!e || e.neutral) continue;
    const start = m.index;
    const end = start + m[0].length;
    const ids = context === 'warning' ? [...e.triggers, ...e.warningOnlyTriggers] : [...e.triggers];
    if (ids.length === 0) continue;
    const negated = isNegated(norm, start, end);
    const modifier = modifierAround(norm, start, end);
    for (const trigger of ids) out.push({ trigger, negated, start, end, ...(modifier ? { modifier } : {}) });
  }
  return out;
}
