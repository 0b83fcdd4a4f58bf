/**
 * Finds trigger phrases in one short piece of text (a tag, or one item of a warning line).
 *
 * All phrases of all triggers, plus "neutral" false friends, are compiled once into one
 * token trie. At each position the longest phrase wins, so "Death Eaters"
 * consumes "death", "Underage Drinking" consumes "underage" and "Consensual Non-Consent"
 * consumes "non-con" without any special case. Phrases match whole words only (any
 * script), so "drape" never contains "rape" and "Killua" never contains "kill".
 */
import { normalize, words } from './normalize';
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

/**
 * A word token: letters, digits and emoji, with the censoring characters authors use
 * inside words ("s*icide", "r@pe", "18+"). Hyphens, slashes, spaces and punctuation
 * separate tokens, which makes "self-harm", "self harm" and "Self/Harm" the same phrase.
 */
const TOKEN = /[\p{L}\p{N}\p{Extended_Pictographic}][\p{L}\p{N}\p{M}\p{Extended_Pictographic}*+'@$]*/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (const m of norm.matchAll(TOKEN)) {
    const text = m[0].replace(/['*]+$/, '');
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/**
 * Censoring never ends ("s*icide", "su*cide", "s**cide", "r@pe", "s3lf h4rm"), so instead of
 * listing spellings, a censored token is read as the one phrase word it can stand for. A
 * token that fits no word, or several, stays as written: "f*ck", "m4m", "18+".
 */
const CENSOR_MARK = /[*@$\d]/;
const CENSORED_LETTER: Readonly<Record<string, string>> = {
  '@': 'a',
  $: 's',
  '0': 'o',
  '1': '[il]',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};

function uncensor(token: string, known: ReadonlySet<string>): string {
  if (!CENSOR_MARK.test(token) || (token.match(/\p{L}/gu)?.length ?? 0) < 2) return token;
  let source = '';
  for (const ch of token.replace(/\*+/g, '*')) {
    if (ch === '*') source += '\\p{L}{1,3}';
    else if (CENSORED_LETTER[ch]) source += CENSORED_LETTER[ch];
    else if (/\p{L}/u.test(ch)) source += ch;
    else return token;
  }
  const re = new RegExp(`^${source}$`, 'u');
  let fit: string | undefined;
  for (const word of known) {
    if (!re.test(word)) continue;
    if (fit !== undefined) return token;
    fit = word;
  }
  return fit ?? token;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: PhraseEntry;
}

interface Compiled {
  root: TrieNode;
  /** Every plain word of every phrase: what a censored token may stand for. */
  known: Set<string>;
}

/**
 * Every phrase as a path of tokens in one trie, built once. Matching walks it from each
 * token and keeps the longest phrase that ends there: linear in the text, and cheap to
 * build (a single huge RegExp alternation cost ~45 ms to compile on first use).
 */
function compile(): Compiled {
  const root: TrieNode = { next: new Map() };
  const known = new Set<string>();
  const insert = (tokens: string[]): PhraseEntry => {
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t, child);
      }
      node = child;
    }
    node.entry ??= { triggers: new Set(), warningOnlyTriggers: new Set(), neutral: false };
    return node.entry;
  };
  const add = (phrase: string, apply: (e: PhraseEntry) => void) => {
    // Shipped phrases are plain lower-case text already; full normalization of ~700 phrases
    // was most of the start-up cost.
    const tokens = tokenize(phrase.toLowerCase()).map((t) => t.text);
    if (tokens.length === 0) return;
    for (const t of tokens) if (/^\p{L}{3,}$/u.test(t)) known.add(t);
    apply(insert(tokens));
    // "noncon", "selfharm", "deathfic": the same phrase written as one word.
    if (tokens.length > 1) apply(insert([tokens.join('')]));
  };
  for (const t of TRIGGERS) {
    for (const p of t.phrases) add(p, (e) => e.triggers.add(t.id));
    for (const p of t.warningOnly) add(p, (e) => e.warningOnlyTriggers.add(t.id));
  }
  for (const p of vocabulary.neutral) add(p, (e) => (e.neutral = true));
  return { root, known };
}

let compiled: Compiled | undefined;
function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** Plural forms may end a phrase: "suicides", "character deaths", "wars". */
function stems(token: string): string[] {
  const out: string[] = [];
  if (token.length > 3 && token.endsWith('es')) out.push(token.slice(0, -2));
  if (token.length > 2 && token.endsWith('s')) out.push(token.slice(0, -1));
  return out;
}

interface RawMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
}

/** Leftmost-longest phrase matches; a neutral phrase consumes its words like any other. */
function scan(norm: string): RawMatch[] {
  const { root, known } = getCompiled();
  const tokens = tokenize(norm);
  for (const t of tokens) t.text = uncensor(t.text, known);
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = root;
    let best: { entry: PhraseEntry; last: number } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const tok = (tokens[j] as Token).text;
      for (const stem of stems(tok)) {
        const terminal = node.next.get(stem)?.entry;
        if (terminal) best = { entry: terminal, last: j };
      }
      node = node.next.get(tok);
      if (node?.entry) best = { entry: node.entry, last: j };
    }
    if (best) {
      out.push({ entry: best.entry, start: (tokens[i] as Token).start, end: (tokens[best.last] as Token).end });
      i = best.last + 1;
    } else i++;
  }
  return out;
}

const NEGATORS = new Set(
  vocabulary.negators.flatMap((n) => (n.includes(' ') ? [] : [n.replace(/['']/g, '')])).concat(['nor', 'dont', 'doesnt', 'isnt', 'arent', 'wont']),
);
/** A negation does not reach across these: "no sex, but rape" still warns of rape. */
const CLAUSE_BREAKS = new Set(['but', 'except', 'although', 'though', 'just', 'only', 'however', 'yet', 'and', 'also']);

/**
 * Negations and modifiers qualify their own clause only: "no smut; violence" and
 * "Not Canon Compliant - Character Death" still warn. Slashes join alternatives, so
 * "Everyone Lives/Nobody Dies" is read as two words.
 */
const CLAUSE_END = /[,;:.!?()[\]{}|]|\s-+\s/g;

function wordsBefore(text: string, start: number, count: number): string[] {
  const window = text.slice(Math.max(0, start - 60), start);
  const clause = window.split(CLAUSE_END).pop() ?? '';
  return words(clause).flatMap((w) => w.split('/')).slice(-count);
}

function wordsAfter(text: string, end: number, count: number): string[] {
  const rest = text.slice(end, end + 30);
  // A bracket right after the phrase is its own aside: "suicide (mentioned)".
  const aside = /^\s*[([]([^)\]]*)/.exec(rest);
  const clause = aside ? (aside[1] ?? '') : (rest.split(CLAUSE_END)[0] ?? '');
  const out: string[] = [];
  for (const w of words(clause)) {
    if (CLAUSE_BREAKS.has(w)) break;
    out.push(w);
  }
  return out.slice(0, count);
}

function isNegated(text: string, start: number, end: number): boolean {
  if (/^(?:-|\s)?free\b/.test(text.slice(end))) return true;
  const before = wordsBefore(text, start, 4);
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
  // AO3's own forms carry it inside the phrase: "Implied/Referenced Suicide", "Past Child Abuse",
  // "Suicide Attempt". A one-word phrase ("Flashbacks") is a topic, not a severity.
  const inside = words(text.slice(start, end));
  if (inside.length > 1) {
    for (const w of inside) {
      const m = MODIFIER_WORDS.get(w);
      if (m) return m;
    }
  }
  const before = wordsBefore(text, start, 3);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = MODIFIER_WORDS.get(before[i] ?? '');
    if (m) return m;
    if (!MODIFIER_STOP.has(before[i] ?? '') && !before[i]?.includes('/')) break;
  }
  const after = wordsAfter(text, end, 2);
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
  const norm = normalize(text);
  const out: PhraseMatch[] = [];
  for (const { entry, start, end } of scan(norm)) {
    if (entry.neutral) continue;
    // A short form hyphenated onto a word is a suffix, not an abbreviation: "Sasuke-chan".
    const suffix = norm[start - 1] === '-' && /\p{L}/u.test(norm[start - 2] ?? '');
    const ids =
      context === 'warning' && !suffix ? [...entry.triggers, ...entry.warningOnlyTriggers] : [...entry.triggers];
    if (ids.length === 0) continue;
    const negated = isNegated(norm, start, end);
    const modifier = modifierAround(norm, start, end);
    for (const trigger of ids) out.push({ trigger, negated, start, end, ...(modifier ? { modifier } : {}) });
  }
  return out;
}
