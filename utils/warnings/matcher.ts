/**
 * Finds trigger phrases in one short piece of text (a tag, or one item of a warning line).
 *
 * All phrases of all triggers, plus "neutral" false friends, are prebuilt at build time
 * into one token trie (compile-data.ts). At each position the longest phrase wins, so "Death Eaters"
 * consumes "death", "Underage Drinking" consumes "underage" and "Consensual Non-Consent"
 * consumes "non-con" without any special case. Phrases match whole words only (any
 * script), so "drape" never contains "rape" and "Killua" never contains "kill".
 */
import { isWordChar, normalize, WORD_CHAR, words } from './normalize';
import data from 'virtual:heed/compiled-data';
import type { PackedNode } from './compile-data';
import { vocabulary } from './taxonomy';
import type { Modifier } from './types';

/** 'warning': inside a declared warning (header line, TW tag), where short abbreviations count. */
export type MatchContext = 'warning' | 'tag';

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
const TOKEN = new RegExp(`${WORD_CHAR}(?:${WORD_CHAR}|[*+'@$])*`, 'gu');

interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenize(norm: string): Token[] {
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

function uncensor(token: string): string {
  if (!CENSOR_MARK.test(token) || (token.match(/\p{L}/gu)?.length ?? 0) < 2) return token;
  const known = getKnownWords();
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

/** Every plain word of every phrase, for `uncensor`. Collected only when a censored token appears. */
let knownWords: Set<string> | undefined;
function getKnownWords(): Set<string> {
  if (!knownWords) {
    const found = new Set<string>();
    const walk = (node: PackedNode) => {
      if (typeof node === 'string') return;
      for (const [token, next] of Object.entries(node)) {
        if (/^\p{L}{3,}$/u.test(token)) found.add(token);
        walk(next);
      }
    };
    walk(data.trie);
    knownWords = found;
  }
  return knownWords;
}

function child(node: PackedNode, token: string): PackedNode | undefined {
  return typeof node === 'object' && token !== '' && Object.hasOwn(node, token) ? node[token] : undefined;
}

/** What a phrase ending at this node names, or undefined when no phrase ends here. */
interface Terminal {
  triggers: number[];
  warningOnly: number[];
  neutral: boolean;
}

/** Terminal codes are few (a few hundred distinct strings): each is parsed once. */
const terminals = new Map<string, Terminal>();

function terminal(node: PackedNode | undefined): Terminal | undefined {
  const code = typeof node === 'string' ? node : node?.[''];
  if (typeof code !== 'string' || code === '') return undefined;
  let parsed = terminals.get(code);
  if (!parsed) {
    const ids = (letter: 't' | 'w') => (code.split(letter)[1] ?? '').replace(/[^\d.].*$/, '').split('.').filter(Boolean).map(Number);
    parsed = { triggers: ids('t'), warningOnly: ids('w'), neutral: code.includes('n') };
    terminals.set(code, parsed);
  }
  return parsed;
}

/** Plural forms may end a phrase: "suicides", "character deaths", "wars". */
function stems(token: string): string[] {
  const out: string[] = [];
  if (token.length > 3 && token.endsWith('es')) out.push(token.slice(0, -2));
  if (token.length > 2 && token.endsWith('s')) out.push(token.slice(0, -1));
  return out;
}

interface RawMatch {
  entry: Terminal;
  start: number;
  end: number;
}

/** Leftmost-longest phrase matches; a neutral phrase consumes its words like any other. */
function scan(norm: string): RawMatch[] {
  const tokens = tokenize(norm);
  for (const t of tokens) t.text = uncensor(t.text);
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: PackedNode | undefined = data.trie;
    let best: { entry: Terminal; last: number } | undefined;
    for (let j = i; j < tokens.length && node !== undefined; j++) {
      const tok = (tokens[j] as Token).text;
      for (const stem of stems(tok)) {
        const end = terminal(child(node, stem));
        if (end) best = { entry: end, last: j };
      }
      node = child(node, tok);
      const end = terminal(node);
      if (end) best = { entry: end, last: j };
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
    const suffix = norm[start - 1] === '-' && isWordChar(norm[start - 2]);
    const ids =
      context === 'warning' && !suffix ? [...entry.triggers, ...entry.warningOnly] : entry.triggers;
    const triggerIds = ids.map((i) => data.triggers[i]?.id ?? '');
    if (ids.length === 0) continue;
    const negated = isNegated(norm, start, end);
    const modifier = modifierAround(norm, start, end);
    for (const trigger of triggerIds) out.push({ trigger, negated, start, end, ...(modifier ? { modifier } : {}) });
  }
  return out;
}
