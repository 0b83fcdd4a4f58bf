import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { quotev } from './quotev';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

interface PageOptions {
  description?: string;
  tags?: string[];
  text: string;
}

/** A Quotev story page as scrapers see it: the header with tags, the description, the chapter text. */
function storyPage({ description = 'Two friends and one long winter.', tags = [], text }: PageOptions): Document {
  document.body.innerHTML = `
    <div id="quizHeader"><img src="/img/placeholder-cover.jpg" alt="">
      <div class="result"><h1>A Placeholder Title</h1>
        <div class="quizAuthorList"><a href="/someone">someone</a></div>
        <div id="qdesct">${description}</div>
        <div><time ts="1700000000">Nov 14, 2023</time> · 12 pages · 340 reads</div>
      </div>
      <div class="quizBoxTags">${tags.map((t) => `<a href="/search/${encodeURIComponent(t)}">${t}</a>`).join(' ')}</div>
    </div>
    <div id="rselect"><a href="/story/12345678/A-Placeholder-Title/1">One</a> <a href="/story/12345678/A-Placeholder-Title/2">Two</a></div>
    <div id="rescontent">${text}</div>
    <a id="fav_btn" href="javascript:;"><span>Favorite</span><span>3</span></a>
    <a id="comment_btn" href="#comments"><span>5</span></a>`;
  return document;
}

const PROSE = 'Placeholder story text. The snow came early that year, and nobody warned them about the road.<br /><br />More placeholder text.';

describe('Quotev stories', () => {
  test.each<[string, PageOptions, string[]]>([
    ['a plain-text header on top of the chapter', { text: `Pairing: A/B<br />Warnings: self-harm, blood<br /><br />${PROSE}` }, ['gore', 'self_harm']],
    ['a TW line alone on top', { text: `TW: suicide mention<br /><br />${PROSE}` }, ['suicide']],
    ['no header: nothing', { text: PROSE }, []],
    ['a header saying none', { text: `Warnings: none<br /><br />${PROSE}` }, []],
    ['a TW line in the description', { description: 'Two friends and one long winter.<br /><br />TW: abuse, drowning', text: PROSE }, ['abuse', 'suffocation']],
    ['a warning sentence in the description', { description: 'A quiet story. Warning: character death', text: PROSE }, ['character_death']],
    ['a trigger in the tags', { tags: ['fanfiction', 'angst', 'selfharm', 'x reader'], text: PROSE }, ['self_harm']],
    ['"heed the tags" with tags present: the tags are read', { tags: ['angst', 'abuse'], text: `Warnings: heed the tags<br /><br />${PROSE}` }, ['abuse']],
    ['"heed the tags" without tags: unknown', { text: `Warnings: heed the tags<br /><br />${PROSE}` }, ['unknown:pointer']],
  ])('%s', (_name, page, expected) => {
    storyPage(page);
    const units = quotev.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.id).toBe('rescontent');
    expect(compact(units[0]!.read())).toEqual(expected);
  });

  test('the description counts as the summary, the header as the header', () => {
    storyPage({ description: 'TW: abuse', text: `Warnings: suicide<br /><br />${PROSE}` });
    const findings = quotev.findUnits(document)[0]!.read();
    expect(findings.map((f) => [f.source, f.kind === 'trigger' ? f.trigger : f.kind])).toEqual([
      ['summary', 'abuse'],
      ['header', 'suicide'],
    ]);
  });

  test('a page without the chapter text (a quiz, a listing): no unit', () => {
    document.body.innerHTML = '<div id="quizHeader"><div class="result"><h1>Which placeholder are you?</h1></div></div>';
    expect(quotev.findUnits(document)).toEqual([]);
  });
});

describe('Quotev URLs', () => {
  const urls = [
    ...quotev.examples.matching.map((url) => [url, true] as const),
    ...quotev.examples.notMatching.map((url) => [url, false] as const),
  ];
  test.each(urls)('%s → %s', (url, expected) => {
    expect(quotev.test(new URL(url))).toBe(expected);
  });
});
