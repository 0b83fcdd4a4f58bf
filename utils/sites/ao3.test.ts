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

  test('no unit on pages without a work (adult interstitial, listings)', () => {
    document.body.innerHTML = '<p class="caution notice">This work could have adult content.</p><ol class="work index group"></ol>';
    expect(ao3.findUnits(document)).toEqual([]);
  });
});
