import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { ffn, listingSummaryLines } from './ffn';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

function sources(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.source))].sort();
}

const PROSE = '<p>Snow fell on the harbour all night, and by morning the boats were white.</p><p>"We should go," she said. He did not answer.</p>';

/** A desktop story page as FFN prints it; the prose is ours. */
function storyPage({ text, summary = 'Two friends and one long winter.', genre = 'Angst/Tragedy' }: { text: string; summary?: string; genre?: string }): string {
  return `<div id="content_wrapper_inner">
    <div id="profile_top" style="min-height:112px;">
      <button class="btn pull-right icon-heart" type="button">Follow/Fav</button>
      <b class="xcontrast_txt">A Placeholder Title</b>
      <span class="xcontrast_txt"><div style="height:5px"></div>By:</span> <a class="xcontrast_txt" href="/u/1234567/Placeholder-Author">Placeholder Author</a>
      <div style="margin-top:2px" class="xcontrast_txt">${summary}</div>
      <span class="xgray xcontrast_txt">Rated: <a class="xcontrast_txt" href="https://www.fictionratings.com/" target="rating">Fiction  T</a> - English - ${genre} - Words: 777 - Reviews: <a href="/r/12345678/">5</a> - Favs: 10 - Published: <span data-xutime="1150000000">6/10/2006</span> - Status: Complete - id: 12345678 </span>
    </div>
    <div role="main" aria-label="story content" class="storytextp" id="storytextp" align="center">
      <div class="storytext xcontrast_txt nocopy" id="storytext">${text}</div>
    </div>
  </div>`;
}

function readOnly(html: string): { element: HTMLElement; findings: Finding[] } {
  document.body.innerHTML = html;
  const units = ffn.findUnits(document);
  expect(units).toHaveLength(1);
  return { element: units[0]!.element, findings: units[0]!.read() };
}

describe('FanFiction.net story pages', () => {
  test.each<[string, Parameters<typeof storyPage>[0], string[]]>([
    [
      'header lines in one paragraph, closed by an <hr>',
      {
        text: `<p>Rating: K+<br>Pairings: None<br>Warnings: Character death<br>Genre: Angst<br>Word Count: 777<br>Disclaimer: Not mine.<br>A/N: Written for a friend.</p><hr size="1" noshade><p>Warning: a line under the rule is story, not header.</p>${PROSE}`,
      },
      ['character_death'],
    ],
    [
      'header as one <p> per field, then an <hr>',
      {
        text: `<p>Rating: K+</p><p>Pairings: None</p><p><strong>Warnings:</strong> Character death, self-harm</p><p>Genre: Angst</p><p>Word Count: 777</p><p>Disclaimer: I own nothing.</p><p>A/N: tw for a suicide mention</p><hr size="1" noshade>${PROSE}`,
      },
      ['character_death', 'self_harm', 'suicide'],
    ],
    [
      'the seed shape: capital labels, no rule, blank lines before the story',
      { text: `<p>PAIRING: A/B</p><p>SUMMARY: "A line from the story."</p><p>WARNING: Character death!</p><p>THANKS: to my friends</p><p></p><p></p>${PROSE}` },
      ['character_death'],
    ],
    ['no header at all: clear', { text: PROSE }, []],
    ['"Warnings: none"', { text: `<p>Rating: T</p><p>Warnings: none</p><hr size="1" noshade>${PROSE}` }, []],
    [
      '"warning" in the prose is not a header',
      {
        text: `<p>The sign by the ice gave a warning: keep off after dark.</p><p>He had ignored every warning for years, and the ice had held.</p><p>"Fair enough," she said, "but no one warned me."</p>${PROSE}`,
      },
      [],
    ],
    ['a TW only in the summary', { text: PROSE, summary: 'Two friends and one long winter. TW: self-harm.' }, ['self_harm']],
    ['"Warning:" in the summary', { text: PROSE, summary: 'He never came home. Warning: character death.' }, ['character_death']],
    ['the meta line’s genres are not warnings', { text: PROSE, genre: 'Hurt/Comfort/Tragedy' }, []],
  ])('%s', (_name, page, expected) => {
    const { element, findings } = readOnly(storyPage(page));
    expect(element.id).toBe('storytext');
    expect(compact(findings)).toEqual(expected);
  });

  test('header warnings come from the story text, summary warnings from the summary', () => {
    const { findings } = readOnly(storyPage({ text: `<p>Warnings: torture</p><hr size="1" noshade>${PROSE}`, summary: 'A quiet story. (cw: drowning)' }));
    expect(findings.filter((f) => f.source === 'header').map((f) => f.kind === 'trigger' && f.trigger)).toEqual(['torture']);
    expect(findings.filter((f) => f.source === 'summary').map((f) => f.kind === 'trigger' && f.trigger)).toEqual(['suffocation']);
    expect(sources(findings)).toEqual(['header', 'summary']);
  });

  test.each<[string, string]>([
    [
      'mobile page: #storycontent',
      `<div id="content"><center><b>A Placeholder Title</b> by <a href="/u/1234567/">Placeholder Author</a></center></div>
       <div role="main"><div style="" id="storycontent" class="storycontent nocopy"><p>Warnings: self-harm</p><hr size="1" noshade>${PROSE}</div></div>
       <div id="content"><center>Ch 1 of <a href="/s/12345678/1/">3</a></center></div>`,
    ],
    [
      'mobile page: #storytextp > #storytext',
      `<div id="content"><div align="center"><b>A Placeholder Title</b> by <a href="/u/1234567/">Placeholder Author</a></div>
       <div align="center" class="gray">Rated: T, English, Hurt/Comfort &amp; Angst, Words: 1k+</div></div>
       <div role="main" id="storytextp" class="storytextp"><div id="storytext" class="storytext nocopy"><p>Warnings: self-harm</p><hr size="1" noshade>${PROSE}</div></div>`,
    ],
  ])('%s', (_name, html) => {
    const { element, findings } = readOnly(html);
    expect(element.matches('#storycontent, #storytext')).toBe(true);
    expect(compact(findings)).toEqual(['self_harm']);
  });

  test('odd markup does not crash: an empty story and a header box without a summary', () => {
    const { findings } = readOnly('<div id="profile_top"><b class="xcontrast_txt">T</b></div><div id="storytextp"><div id="storytext"></div></div>');
    expect(findings).toEqual([]);
  });
});

/** One listed story as FFN prints it (category, search, community and author pages). */
function zList(summary: string, { id = 1, meta = 'Rated: T - English - Angst/Tragedy - Chapters: 1 - Words: 1,234 - Reviews: 5 - Favs: 10 - Follows: 3 - Published: <span data-xutime="1150000000">6/10/2006</span> - Complete', cls = '' } = {}): string {
  return `<div class="z-list zhover zpointer ${cls}" style="min-height:77px;border-bottom:1px #cdcdcd solid;">
    <a class="stitle" href="/s/${id}/1/Placeholder-${id}"><img class="lazy cimage" data-original="/image/1/75/" width="50" height="66">Placeholder ${id}</a>
    <a href="/s/${id}/3/Placeholder-${id}"><span class="icon-chevron-right xicon-section-arrow"></span></a> by <a href="/u/1234567/Placeholder-Author">Placeholder Author</a> <a class="reviews" href="/r/${id}/">reviews</a>
    <div class="z-indent z-padtop">${summary}<div class="z-padtop2 xgray">${meta}</div></div>
  </div>`;
}

describe('FanFiction.net listings: each z-list is a unit, its summary gated', () => {
  test('four stories, two warned in their summaries', () => {
    document.body.innerHTML = `<div id="content_wrapper_inner">${[
      zList('Two brothers, one war. Warning: character death.', { id: 1 }),
      zList('A snowed-in inn and a very stubborn cat.', { id: 2, meta: 'Rated: K - English - Humor/Hurt/Comfort - Chapters: 2 - Words: 3,000' }),
      zList('She keeps her sleeves down. (TW: self-harm)', { id: 3 }),
      zList('Everyone lives. Fluff, no warnings needed.', { id: 4 }),
    ].join('')}</div>`;
    const units = ffn.findUnits(document);
    expect(units).toHaveLength(4);
    for (const unit of units) {
      expect(unit.element.matches('div.z-list > div.z-indent')).toBe(true);
      expect(unit.compact).toBe(true);
    }
    expect(units.map((u) => compact(u.read()))).toEqual([['character_death'], [], ['self_harm'], []]);
    expect(sources(units.flatMap((u) => u.read()))).toEqual(['summary']);
  });

  test.each<[string, string, string[]]>([
    ['"Angst/Tragedy" in the meta line', 'Rated: T - English - Angst/Tragedy - Chapters: 1 - Words: 900', []],
    ['"Hurt/Comfort" in the meta line', 'Rated: M - English - Hurt/Comfort/Drama - Chapters: 12 - Words: 40,000 - Harry P., Draco M.', []],
    ['a crossover meta line', 'Crossover - Naruto &amp; Bleach - Rated: T - English - Horror/Tragedy - Chapters: 3', []],
  ])('the meta line is not read: %s', (_name, meta, expected) => {
    document.body.innerHTML = zList('Two friends and one long winter.', { meta });
    const [unit] = ffn.findUnits(document);
    expect(compact(unit!.read())).toEqual(expected);
    // What the reader sees as the summary, and nothing of the meta line.
    expect(listingSummaryLines(unit!.element).filter(Boolean)).toEqual(['Two friends and one long winter.']);
  });

  test('author pages: own stories and favourites are both units', () => {
    document.body.innerHTML = `<div id="st_inside">${zList('Mine. CW: blood.', { id: 5, cls: 'mystories' })}${zList('A favourite. Warnings: none.', { id: 6, cls: 'favstories' })}</div>`;
    expect(ffn.findUnits(document).map((u) => compact(u.read()))).toEqual([['gore'], []]);
  });

  test('a z-list without a summary box is not a unit', () => {
    document.body.innerHTML = '<div class="z-list"><a class="stitle" href="/s/1/1/">x</a></div>';
    expect(ffn.findUnits(document)).toEqual([]);
  });
});

describe('FanFiction.net adapter', () => {
  test.each(ffn.examples.matching)('handles %s', (url) => {
    expect(ffn.test(new URL(url))).toBe(true);
  });

  test.each(ffn.examples.notMatching)('leaves %s alone', (url) => {
    expect(ffn.test(new URL(url))).toBe(false);
  });

  test('every unit it finds is inside a container it lists', () => {
    document.body.innerHTML = storyPage({ text: PROSE }) + zList('x');
    for (const unit of ffn.findUnits(document)) expect(unit.element.matches(ffn.containerSelector)).toBe(true);
  });
});
