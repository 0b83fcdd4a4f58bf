import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { aff } from './aff';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

interface PageOptions {
  /** Markup the site prints between the title and the chapter text (description, tags). */
  info?: string;
  text: string;
}

/**
 * A chapter page after the 2026 redesign, as reported to FanFicFare: the card holds the
 * title first and the chapter text in `div.chapter-body`, which repeats the title, author
 * and chapter title above the author's own text.
 */
function chapterPage({ info = '', text }: PageOptions): Document {
  document.body.innerHTML = `
    <nav class="navbar"><a href="https://www.adult-fanfiction.org/">Home</a> <a href="/search.php">Search</a></nav>
    <main class="main"><div class="container">
      <select class="chapter-select"><option value="1">1. One</option><option value="2">2. Two</option></select>
      <div class="chapter-content-card">
        <h1><a href="story.php?no=600000001">A Placeholder Title</a></h1>
        ${info}
        <div class="chapter-body">
          <p>A Placeholder Title</p><p>by <a href="https://members.adult-fanfiction.org/profile.php?id=12345">someone</a></p><p>Chapter 1: One</p>
          ${text}
        </div>
      </div>
      <div class="comments"><p>Reviews</p><p>Loved it! (tw: I cried)</p></div>
    </div></main>`;
  return document;
}

const PROSE = '<p>Placeholder story text. The snow came early that year, and nobody warned them about the road.</p><p>More placeholder text.</p>';

describe('Adult-FanFiction.org chapters', () => {
  test.each<[string, PageOptions, string[]]>([
    ['a plain-text header under the repeated title', { text: `<p>Rating: NC-17<br />Warnings: non-con, violence</p>${PROSE}` }, ['rape_non_con', 'violence']],
    ['a header in bold paragraphs', { text: `<p><b>Pairing:</b> A/B</p><p><b>Warning:</b> incest</p>${PROSE}` }, ['incest']],
    ['no header: nothing', { text: PROSE }, []],
    ['a header saying none', { text: `<p>Warnings: none</p>${PROSE}` }, []],
    ['a warning line in the story info above the text', { info: '<div class="story-description">Two friends, one winter.<br />Content warning: self-harm</div>', text: PROSE }, ['self_harm']],
    ['story tags beside the chapter', { info: '<div class="story-tags"><span class="story-tag">Het - Male/Female</span><span class="story-tag">Non-Con</span></div>', text: PROSE }, ['rape_non_con']],
    ['comments below the text are not the story’s warnings', { text: PROSE }, []],
  ])('%s', (_name, page, expected) => {
    chapterPage(page);
    const units = aff.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.className).toBe('chapter-body');
    expect(compact(units[0]!.read())).toEqual(expected);
  });

  test('the header is read as the header, the info as the summary', () => {
    chapterPage({ info: '<p>Warnings: torture</p>', text: `<p>Warnings: suicide</p>${PROSE}` });
    const findings = aff.findUnits(document)[0]!.read();
    expect(findings.map((f) => [f.source, f.kind === 'trigger' ? f.trigger : f.kind])).toEqual([
      ['summary', 'torture'],
      ['header', 'suicide'],
    ]);
  });

  test('older markup without the card: the chapter text alone', () => {
    document.body.innerHTML = `<div class="chapter-body"><p>Warnings: blood</p>${PROSE}</div>`;
    expect(compact(aff.findUnits(document)[0]!.read())).toEqual(['gore']);
  });

  test('a page without chapter text (the age check, a listing): no unit', () => {
    document.body.innerHTML = '<div class="age-verify"><p>You must be 18 or older.</p><button>I am 18 or older</button></div>';
    expect(aff.findUnits(document)).toEqual([]);
  });
});

describe('Adult-FanFiction.org URLs', () => {
  const urls = [
    ...aff.examples.matching.map((url) => [url, true] as const),
    ...aff.examples.notMatching.map((url) => [url, false] as const),
  ];
  test.each(urls)('%s → %s', (url, expected) => {
    expect(aff.test(new URL(url))).toBe(expected);
  });
});
