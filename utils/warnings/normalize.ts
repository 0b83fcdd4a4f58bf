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

/** Letters and digits of any script: what a "word" is made of. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Splits normalized text into lower-case word tokens. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'/-]*/gu) ?? [];
}
