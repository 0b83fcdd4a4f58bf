/**
 * Property tests: whatever an author (or a broken page) writes, parsing never throws and
 * stays linear in the input, so no page can freeze the content script.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BREAK, parseHeader } from './header';
import { matchPhrases } from './matcher';
import { readTag, readWarningValue } from './values';

// Text made of the pieces that drive the parsers: labels, separators, phrases, negations, bullets.
const piece = fc.constantFrom(
  'Warning', 'WARNINGS', 'TW', 'cw', 'A/N', 'Summary', ':', ' - ', '//', '!', '(s)', ',', ' and ', '/', '-', '*', '\n', '\n\n',
  'character death', 'suicide', 'self harm', 'no', 'not', 'implied', 'past', 'none', 'n/a', 'choose not to warn', 'sh', 'ed',
  'death eaters', 'fluff', '18+', 's*icide', '🔞', 'é', 'ß', '\u00a0', '  ', 'x'.repeat(50),
);
const authorText = fc.oneof(fc.string({ maxLength: 300 }), fc.array(piece, { maxLength: 80 }).map((a) => a.join('')));

describe('never throws', () => {
  test('matchPhrases', () => {
    fc.assert(fc.property(authorText, fc.constantFrom('warning', 'tag') as fc.Arbitrary<'warning' | 'tag'>, (s, ctx) => {
      expect(Array.isArray(matchPhrases(s, ctx))).toBe(true);
    }));
  });
  test('readWarningValue and readTag', () => {
    fc.assert(fc.property(authorText, (s) => {
      readWarningValue(s, 'header');
      readTag(s, 'ao3-tag');
    }));
  });
  test('parseHeader', () => {
    fc.assert(fc.property(fc.array(fc.oneof(authorText, fc.constant(BREAK), fc.constant('')), { maxLength: 40 }), (lines) => {
      const { findings } = parseHeader(lines);
      for (const f of findings) expect(['trigger', 'unknown', 'other']).toContain(f.kind);
    }));
  });
});

describe('linear time on adversarial input (no catastrophic backtracking)', () => {
  const MB = 1_000_000;
  const cases: [string, string][] = [
    ['one huge word', 'a'.repeat(MB)],
    ['repeated label-like prefix', 'Warning'.repeat(MB / 7)],
    ['separators only', ' - '.repeat(MB / 3)],
    ['phrase prefixes that never complete', 'self '.repeat(MB / 5)],
    ['negations before nothing', 'no not never '.repeat(MB / 13)],
    ['bullets and colons', '*:'.repeat(MB / 2)],
  ];
  test.each(cases)('%s: 1 MB', (_name, text) => {
    const start = performance.now();
    matchPhrases(text, 'warning');
    readWarningValue(text, 'header');
    parseHeader([text, text.slice(0, 1000)]);
    // Generous bound for a slow CI machine; a quadratic regex takes minutes here.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
