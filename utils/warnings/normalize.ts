/**
 * Text normalization shared by every matcher. Matching happens on normalized text only,
 * so authors' typography (curly quotes, en dashes, full-width colons, odd spacing,
 * ligatures) never decides whether a warning is recognized.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const QUOTES = /[\u201C\u201D\u00AB\u00BB\u201E]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;
const ZERO_WIDTH = /[\u200C\u200D\u2060\uFEFF\u00AD]/g;

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .toLowerCase()
    .trim();
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A character that belongs to a word: anything but white space and punctuation (ASCII,
 * Latin-1, general, arrows and symbols, CJK and full-width). So letters and digits of any
 * script, combining marks and emoji are word characters. Unicode property classes (\p{L})
 * say this more exactly, but the first use of a regex built from them costs ~7 ms of
 * compilation, on every page load.
 */
export const WORD_CHAR = String.raw`[^\s!-\/:-@\[-\x60{-~\u00a1-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]`;

/** A word character that is not a digit: where a label may start. */
export const LETTER = String.raw`(?![0-9])${WORD_CHAR}`;

const WORDS = new RegExp(`${WORD_CHAR}(?:${WORD_CHAR}|['/-])*`, 'gu');
const WORD_CHAR_RE = new RegExp(WORD_CHAR, 'u');

/** Splits normalized text into lower-case word tokens. */
export function words(text: string): string[] {
  return text.match(WORDS) ?? [];
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR_RE.test(ch);
}
