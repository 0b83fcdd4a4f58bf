import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { dreamwidth } from './dreamwidth';
import { livejournal } from './livejournal';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind)))].sort();
}

function dwEntry(body: string, { tags = [] as string[], title = 'Fic: A title' } = {}): string {
  // As Dreamwidth prints it: the tags footer is a sibling of div.entry, inside div.entry-wrapper.
  return `<div class="entry-wrapper security-public"><div class="entry"><div class="inner">
    <div class="header"><h3 class="entry-title"><a href="#">${title}</a></h3></div>
    <div class="contents"><div class="inner"><div class="entry-content">${body}</div></div></div>
  </div></div>
    <div class="footer"><div class="tag"><span class="tag-text">Tags:</span><ul>${tags.map((t) => `<li><a rel="tag" href="#">${t}</a></li>`).join('')}</ul></div></div>
  </div>`;
}

const SEED = 'PAIRING: Spike/Xander<br />SUMMARY: "A line from the story."<br />WARNING: Character death!<br />THANKS: to my friends<br /><br /><br /><br />The story starts, and a warning in prose: Warning: wet floor.<br />The End';

describe('Dreamwidth entries', () => {
  test.each<[string, string, { tags?: string[]; title?: string }, string[]]>([
    ['the seed header', SEED, {}, ['character_death']],
    ['a cut ends the header; warnings below it are story', 'Title: x<br />Warnings: none<br /><a name="cutid1"></a>Warning: suicide', {}, []],
    ['bold label in paragraphs', '<p><b>Title:</b> Snow</p><p><b>Warnings:</b> self-harm, implied suicide</p><p>Story begins.</p>', {}, ['self_harm', 'suicide']],
    ['table header', '<table><tr><td><b>Rating:</b></td><td>R</td></tr><tr><td><b>Warnings:</b></td><td>torture</td></tr></table><p>Story</p>', {}, ['torture']],
    ['list after the label', 'Warnings:<br />- blood<br />- vomiting<br /><br />Story', {}, ['gore', 'vomit']],
    ['no header at all', 'Just a chatty post about my week. I was warned about the weather.', {}, []],
    ['warning tag on the entry', 'Some fic.', { tags: ['warning: suicide', 'fandom: x'] }, ['suicide']],
    ['"heed the tags" with tags present: read the tags instead', 'Warnings: heed the tags<br /><br />Story', { tags: ['tw: abuse'] }, ['abuse']],
    ['"heed the tags" without tags: unknown', 'Warnings: heed the tags<br /><br />Story', {}, ['unknown']],
    ['subject line with a TW', 'Story', { title: 'Fic: Winter (tw: drowning)' }, ['suffocation']],
  ])('%s', (_name, body, opts, expected) => {
    document.body.innerHTML = dwEntry(body, opts);
    const units = dreamwidth.findUnits(document);
    expect(units).toHaveLength(1);
    expect(compact(units[0]!.read())).toEqual(expected);
  });

  test('several entries on one page are separate units', () => {
    document.body.innerHTML = dwEntry(SEED) + dwEntry('Warnings: none<br /><br />Fluff.') + dwEntry('No header.');
    const units = dreamwidth.findUnits(document);
    expect(units.map((u) => compact(u.read()))).toEqual([['character_death'], [], []]);
  });

});

describe('LiveJournal entries', () => {
  test('site view article body', () => {
    document.body.innerHTML = `<article class="b-singlepost hentry"><h1 class="b-singlepost-title">Fic</h1>
      <article class="b-singlepost-body entry-content e-content">TW: self-harm<br /><br />Story text.</article></article>`;
    const units = livejournal.findUnits(document);
    expect(units).toHaveLength(1);
    expect(compact(units[0]!.read())).toEqual(['self_harm']);
  });

  test('2017 view', () => {
    document.body.innerHTML = `<article class="aentry"><div class="aentry-post__text">Content warning: abuse<br /><br />Story.</div></article>`;
    expect(compact(livejournal.findUnits(document)[0]!.read())).toEqual(['abuse']);
  });
});

describe('Dreamwidth folded cuts (recent and reading pages)', () => {
  const folded = (inside = '') =>
    dwEntry(
      `New fic, under the cut!<br /><span class="cut-wrapper"><span style="display: none;" id="span-cuttag_u_12_1" class="cuttag"></span><b class="cut-open">(&nbsp;</b><b class="cut-text"><a href="https://u.dreamwidth.org/12.html#cutid1">Read more...</a></b><b class="cut-close">&nbsp;)</b></span><div style="display: none;" id="div-cuttag_u_12_1" aria-live="assertive">${inside}</div>`,
    );

  test('before expansion the entry is one unit and the empty cut is not', () => {
    document.body.innerHTML = folded();
    const units = dreamwidth.findUnits(document);
    expect(units.map((u) => u.element.className || u.element.id)).toEqual(['entry-content']);
    expect(compact(units[0]!.read())).toEqual([]);
  });

  test('once expanded, the text under the cut is a unit of its own, read from its own header', () => {
    document.body.innerHTML = folded('Title: Snow<br />Warnings: suicide<br /><br />The story.');
    const units = dreamwidth.findUnits(document);
    expect(units.map((u) => u.element.id || u.element.className)).toEqual(['entry-content', 'div-cuttag_u_12_1']);
    expect(units.map((u) => compact(u.read()))).toEqual([[], ['suicide']]);
  });
});
