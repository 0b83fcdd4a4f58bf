import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { ao3 } from './ao3';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

function workPage({ warnings, freeforms = [], notes = '', summary = '' }: { warnings: string | string[]; freeforms?: string[] | string; notes?: string; summary?: string }): Document {
  const tagList = (tags: string[]) => `<ul class="commas">${tags.map((t) => `<li><a class="tag" href="/tags/x/works">${t}</a></li>`).join('')}</ul>`;
  const warningsDd = typeof warnings === 'string' ? warnings : tagList(warnings);
  const freeformDd = typeof freeforms === 'string' ? freeforms : tagList(freeforms);
  document.body.innerHTML = `
    <div id="main" class="works-show">
      <div class="wrapper"><dl class="work meta group">
        <dt class="rating tags">Rating:</dt><dd class="rating tags">${tagList(['Mature'])}</dd>
        <dt class="warning tags">Archive Warning:</dt><dd class="warning tags">${warningsDd}</dd>
        <dt class="freeform tags">Additional Tags:</dt><dd class="freeform tags">${freeformDd}</dd>
      </dl></div>
      <div id="workskin"><div class="preface group"><h2 class="title heading">A Title</h2>
        <div class="summary module"><blockquote class="userstuff"><p>${summary}</p></blockquote></div>
        <div class="notes module"><blockquote class="userstuff">${notes}</blockquote></div></div>
        <div id="chapters" role="article"><div class="userstuff"><p>Placeholder story text, with a warning in prose: he was warned.</p></div></div>
      </div>
    </div>`;
  return document;
}

function read(doc: Document): string[] {
  const units = ao3.findUnits(doc);
  expect(units).toHaveLength(1);
  return compact(units[0]!.read());
}


describe('AO3 work pages', () => {
  test.each<[string, Parameters<typeof workPage>[0], string[]]>([
    ['Major Character Death', { warnings: ['Major Character Death'] }, ['character_death']],
    ['No Archive Warnings Apply + fluff tags', { warnings: ['No Archive Warnings Apply'], freeforms: ['Fluff', 'Domestic Fluff', 'Slow Burn', 'Hurt/Comfort'] }, []],
    ['NAWA with a trigger in the additional tags', { warnings: ['No Archive Warnings Apply'], freeforms: ['Implied/Referenced Suicide', 'Fluff'] }, ['suicide']],
    ['Creator Chose Not To Use Archive Warnings', { warnings: ['Creator Chose Not To Use Archive Warnings'] }, ['unknown:chose-not-to-warn']],
    ['CCNTW next to NAWA: still unknown', { warnings: ['Creator Chose Not To Use Archive Warnings', 'No Archive Warnings Apply'] }, ['unknown:chose-not-to-warn']],
    ['all four archive warnings', { warnings: ['Graphic Depictions Of Violence', 'Major Character Death', 'Rape/Non-Con', 'Underage Sex'] }, ['character_death', 'rape_non_con', 'underage_sex', 'violence']],
    ['old "Underage" name', { warnings: ['Underage'] }, ['underage_sex']],
    [
      'warnings hidden by AO3 preference',
      { warnings: '<ul class="commas"><li id="work_123_category_warnings"><strong><a data-remote="true" href="/tags/show_hidden?tag_type=warnings&work_id=123">Show warnings</a></strong></li></ul>' },
      ['unknown:hidden-by-site'],
    ],
    [
      'additional tags hidden by AO3 preference',
      { warnings: ['No Archive Warnings Apply'], freeforms: '<ul class="commas"><li><strong><a data-remote="true" href="/tags/show_hidden?tag_type=freeforms&work_id=123">Show additional tags</a></strong></li></ul>' },
      ['unknown:hidden-by-site'],
    ],
    ['TW line in the work notes', { warnings: ['No Archive Warnings Apply'], notes: '<p>Thanks to my beta!</p><p>TW: self-harm, blood</p>' }, ['gore', 'self_harm']],
    ['CW in the summary', { warnings: ['No Archive Warnings Apply'], summary: 'Two friends, one winter. (cw: drowning)' }, ['suffocation']],
    ['"heed the tags" in notes: the tags are read, so not unknown', { warnings: ['No Archive Warnings Apply'], notes: '<p>Warnings: please heed the tags</p>' }, []],
    ['false friends in tags', { warnings: ['No Archive Warnings Apply'], freeforms: ['Death Eaters', 'No Beta We Die Like Men', 'Underage Drinking', 'Not Beta Read'] }, ['alcohol']],
  ])('%s', (_name, page, expected) => {
    expect(read(workPage(page))).toEqual(expected);
  });

  test('a page without a meta block is unknown, not clear', () => {
    document.body.innerHTML = '<div id="workskin"><div class="userstuff">text</div></div>';
    expect(read(document)).toEqual(['unknown:not-found']);
  });

  test('no unit on pages with neither a work nor blurbs', () => {
    document.body.innerHTML = '<p class="caution notice">This work could have adult content.</p><ol class="work index group"></ol>';
    expect(ao3.findUnits(document)).toEqual([]);
  });
});

interface BlurbOptions {
  icon?: { cls: string; title: string };
  warnings?: string[] | 'hidden';
  freeforms?: string[];
  summary?: string;
  kind?: 'work' | 'bookmark';
  bookmarkerTags?: string[];
}

function blurb({ icon, warnings = [], freeforms = [], summary = 'Two friends and one long winter.', kind = 'work', bookmarkerTags = [] }: BlurbOptions, id = 1): string {
  const warningItems =
    warnings === 'hidden'
      ? `<li class="warnings"><strong><a data-remote="true" href="/tags/show_hidden?work_id=${id}">Show warnings</a></strong></li>`
      : warnings.map((w) => `<li class="warnings"><strong><a class="tag" href="/tags/x/works">${w}</a></strong></li>`).join('');
  return `<li id="${kind}_${id}" class="${kind} blurb group work-${id}" role="article">
    <div class="header module"><h4 class="heading"><a href="/works/${id}">Title ${id}</a> by <a rel="author" href="/users/a">a</a></h4>
      <ul class="required-tags">
        <li><a class="help symbol question modal" title="Symbols key"><span class="rating-teen rating" title="Teen And Up Audiences"><span class="text">Teen</span></span></a></li>
        ${icon ? `<li><a class="help symbol question modal" title="Symbols key"><span class="${icon.cls} warnings" title="${icon.title}"><span class="text">${icon.title}</span></span></a></li>` : ''}
      </ul></div>
    <ul class="tags commas">${warningItems}<li class="relationships"><a class="tag">A/B</a></li>${freeforms.map((f) => `<li class="freeforms"><a class="tag" href="#">${f}</a></li>`).join('')}</ul>
    <blockquote class="userstuff summary"><p>${summary}</p></blockquote>
    ${kind === 'bookmark' ? `<div class="user module group"><ul class="meta tags commas">${bookmarkerTags.map((t) => `<li><a class="tag">${t}</a></li>`).join('')}</ul><blockquote class="userstuff notes"><p>my notes</p></blockquote></div>` : ''}
    <dl class="stats"><dt>Words:</dt><dd>1,000</dd></dl>
  </li>`;
}

describe('AO3 listings: each blurb is a unit, its summary gated', () => {
  const MCD = { cls: 'warning-yes', title: 'Major Character Death' };
  test.each<[string, BlurbOptions, string[]]>([
    ['warning tag and icon', { icon: MCD, warnings: ['Major Character Death'] }, ['character_death']],
    ['warnings hidden by preference: the icon title still names them', { icon: { cls: 'warning-yes', title: 'Graphic Depictions Of Violence, Major Character Death' }, warnings: 'hidden' }, ['character_death', 'violence']],
    ['No Archive Warnings Apply + fluff', { icon: { cls: 'warning-no', title: 'No Archive Warnings Apply' }, warnings: ['No Archive Warnings Apply'], freeforms: ['Fluff', 'Snow'] }, []],
    ['Choose Not To Use Archive Warnings', { icon: { cls: 'warning-choosenotto', title: 'Creator Chose Not To Use Archive Warnings' }, warnings: ['Creator Chose Not To Use Archive Warnings'] }, ['unknown:chose-not-to-warn']],
    ['CCNTW icon only', { icon: { cls: 'warning-choosenotto', title: '' } }, ['unknown:chose-not-to-warn']],
    ['no icon, hidden tags', { warnings: 'hidden' }, ['unknown:hidden-by-site']],
    ['a trigger in the additional tags', { icon: { cls: 'warning-no', title: 'No Archive Warnings Apply' }, freeforms: ['Implied/Referenced Self-Harm'] }, ['self_harm']],
    ['a TW in the summary', { icon: { cls: 'warning-no', title: 'No Archive Warnings Apply' }, summary: 'A quiet story. TW: drowning' }, ['suffocation']],
    ['bookmark: the bookmarker’s tags are not the work’s', { icon: { cls: 'warning-no', title: 'No Archive Warnings Apply' }, kind: 'bookmark', bookmarkerTags: ['suicide', 'major character death'] }, []],
  ])('%s', (_name, options, expected) => {
    document.body.innerHTML = `<ol class="work index group">${blurb(options)}</ol>`;
    const units = ao3.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.matches('blockquote.summary')).toBe(true);
    expect(units[0]!.compact).toBe(true);
    expect(read(document)).toEqual(expected);
  });

  test('four blurbs, four units, read on their own', () => {
    document.body.innerHTML = `<ol class="work index group">${[
      blurb({ icon: MCD, warnings: ['Major Character Death'] }, 1),
      blurb({ icon: { cls: 'warning-no', title: 'No Archive Warnings Apply' } }, 2),
      blurb({ icon: { cls: 'warning-yes', title: 'Rape/Non-Con' } }, 3),
      blurb({ icon: { cls: 'warning-no', title: 'No Archive Warnings Apply' }, freeforms: ['Fluff'] }, 4),
    ].join('')}</ol>`;
    expect(ao3.findUnits(document).map((u) => compact(u.read()))).toEqual([['character_death'], [], ['rape_non_con'], []]);
  });

  test('the adult-content interstitial: its blurb is a unit, its links are not touched', () => {
    document.body.innerHTML = `<div id="main" class="works-show"><p class="caution notice">This work could have adult content. If you continue, you have agreed that you are willing to see such content.</p>
      <ul class="actions"><li><a href="/works/1?view_adult=true">Yes, Continue</a></li><li><a href="/">No, Go Back</a></li></ul>
      <ol class="work index group">${blurb({ icon: MCD })}</ol></div>`;
    const units = ao3.findUnits(document);
    expect(units).toHaveLength(1);
    expect(compact(units[0]!.read())).toEqual(['character_death']);
    expect(units[0]!.element.closest('.caution, ul.actions')).toBeNull();
  });
});

test('squidgeworld.org runs AO3 software with the older "Underage" warning name', () => {
  expect(ao3.test(new URL('https://squidgeworld.org/works/1'))).toBe(true);
  document.body.innerHTML = `<dl class="work meta group"><dd class="warning tags"><ul class="commas"><li><a class="tag" href="/tags/Underage/works">Underage</a></li></ul></dd></dl><div id="workskin"><div class="userstuff">text</div></div>`;
  expect(compact(ao3.findUnits(document)[0]!.read())).toEqual(['underage_sex']);
});
