/**
 * Turns the human-edited data (data/triggers.json, data/vocabulary.json) into what the
 * content script ships: the taxonomy without its phrase lists, and every phrase prebuilt
 * into one token trie. Runs at build time (see `heedData` below, used by wxt.config.ts and
 * vitest.config.ts), because building the trie in the page cost ~5-10 ms of cold code on
 * every load, while JSON.parse of the prebuilt trie costs ~1 ms.
 */
import type { Plugin } from 'vite';
import triggersData from './data/triggers.json';
import vocabularyData from './data/vocabulary.json';

/** A trie node while it is built: children by token, and what a phrase ending here names. */
export interface TrieNode {
  /** Children by next token. */
  c?: Record<string, TrieNode>;
  /** Triggers named by a phrase ending here, as indexes into `triggers`. */
  t?: number[];
  /** Triggers named only inside a warning line (short, ambiguous forms), as indexes. */
  w?: number[];
  /** A neutral phrase (a false friend) ends here: it consumes its words and names nothing. */
  n?: 1;
}

/**
 * The trie as shipped, about a third smaller than TrieNode's shape: a node is an object of
 * children by token, with what a phrase ending there names under the key "" (no token is
 * empty); a node without children is just that string. The string is a terminal code:
 * "t3.7" triggers 3 and 7, "w5" trigger 5 inside warning lines only, "n" neutral.
 */
export type PackedNode = string | { [token: string]: PackedNode };

export function pack(node: TrieNode): PackedNode {
  const code = (node.t ? `t${node.t.join('.')}` : '') + (node.w ? `w${node.w.join('.')}` : '') + (node.n ? 'n' : '');
  if (!node.c) return code;
  const out: { [token: string]: PackedNode } = {};
  if (code) out[''] = code;
  for (const [token, child] of Object.entries(node.c)) out[token] = pack(child);
  return out;
}

/** The vocabulary the content script needs: neutral phrases live in the trie. */
export type RuntimeVocabulary = Omit<typeof vocabularyData, 'neutral'>;

export interface TriggerInfo {
  id: string;
  group: string;
  name: string;
  /** Common and mild: defaults to Show instead of Warn. */
  mild: boolean;
  /** The AO3 archive warning this trigger stands for, if any. */
  ao3ArchiveWarning?: string;
}

export interface CompiledData {
  groups: { id: string; name: string }[];
  triggers: TriggerInfo[];
  trie: PackedNode;
  vocabulary: RuntimeVocabulary;
}

/**
 * Splits a shipped phrase into tokens. The data holds plain lower-case words, spaces and a
 * little punctuation, so a plain split gives what the matcher's text tokenizer gives (a test
 * checks both agree on every phrase).
 */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s\-/.,:;()!?"]+/)
    .map((t) => t.replace(/['*]+$/, ''))
    .filter(Boolean);
}

export function allPhrases(): string[] {
  return [...triggersData.triggers.flatMap((t) => [...t.phrases, ...t.warningOnly]), ...vocabularyData.neutral];
}

export function buildTrie(): TrieNode {
  const root: TrieNode = {};
  const nodeFor = (tokens: string[]): TrieNode => {
    let node = root;
    for (const token of tokens) {
      node.c ??= {};
      node = node.c[token] ??= {};
    }
    return node;
  };
  const add = (phrase: string, mark: (node: TrieNode) => void) => {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0) return;
    mark(nodeFor(tokens));
    // "noncon", "selfharm", "deathfic": a two-word phrase written as one word.
    if (tokens.length === 2) mark(nodeFor([tokens.join('')]));
  };
  const push = (list: number[] | undefined, i: number) => (list?.includes(i) ? list : [...(list ?? []), i]);
  triggersData.triggers.forEach((t, i) => {
    for (const p of t.phrases) add(p, (n) => (n.t = push(n.t, i)));
    for (const p of t.warningOnly) add(p, (n) => (n.w = push(n.w, i)));
  });
  for (const p of vocabularyData.neutral) add(p, (n) => (n.n = 1));
  return root;
}

export function compileData(): CompiledData {
  return {
    groups: triggersData.groups,
    triggers: triggersData.triggers.map(({ id, group, name, mild, ...rest }) => ({
      id,
      group,
      name,
      mild,
      ...('ao3ArchiveWarning' in rest ? { ao3ArchiveWarning: rest.ao3ArchiveWarning as string } : {}),
    })),
    trie: pack(buildTrie()),
    vocabulary: (({ neutral: _neutral, ...rest }) => rest)(vocabularyData),
  };
}

export const COMPILED_DATA_MODULE = 'virtual:heed/compiled-data';

/** Vite plugin serving `virtual:heed/compiled-data`, rebuilt whenever the data files change. */
export function heedData(): Plugin {
  const resolved = `\0${COMPILED_DATA_MODULE}`;
  return {
    name: 'heed-compiled-data',
    resolveId: (id) => (id === COMPILED_DATA_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      for (const file of ['triggers.json', 'vocabulary.json']) {
        this.addWatchFile(new URL(`./data/${file}`, import.meta.url).pathname);
      }
      // JSON.parse of a string literal is the fastest way for V8 to build a large object.
      // Single quotes: JSON has few of them, so the literal needs few escapes.
      const json = JSON.stringify(compileData())
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
      return `export default JSON.parse('${json}');`;
    },
  };
}
