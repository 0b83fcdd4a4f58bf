import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { efiction, isEfictionStoryUrl } from './efiction';
import { matchesPattern } from './types';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

/** Linked classification names, as eFiction prints them outside the printable view. */
function linked(...names: string[]): string {
  return names.map((n, i) => `<a href='browse.php?type=class&amp;type_id=2&amp;classid=${i + 3}'>${n}</a>`).join(', ');
}

interface PageOptions {
  /** The markup after the Warnings label, up to its `<br />`; undefined: the skin prints no classifications. */
  warnings?: string;
  /** The whole Warnings line, for skins that print it their own way. */
  warningLine?: string;
  summary?: string;
  storyNotes?: string;
  chapterNotes?: string;
  endNotes?: string;
  text?: string;
}

const TEXT = '<p>Placeholder chapter text. The rain kept on, and she warned him about the stairs.</p><p>More placeholder text.</p>';

/** A chapter page as eFiction 3 prints it, with a skin that shows the story's info box above the text. */
function chapterPage({ warnings, warningLine, summary = 'Two friends and one long winter.', storyNotes, chapterNotes, endNotes, text = TEXT }: PageOptions): Document {
  const line = warningLine ?? (warnings === undefined ? '' : `<span class='label'>Warnings: </span> ${warnings}<br />`);
  const notes = (label: string, body?: string) =>
    body === undefined ? '' : `<div class='notes'><div class='title'><span class='label'>${label}</span></div><div class='noteinfo'>${body}</div></div>`;
  document.body.innerHTML = `
    <div id="header"><a href="index.php">Home</a> <a href="browse.php?type=recent">Most Recent</a></div>
    <div id="pagetitle"><a href="viewstory.php?sid=5">A Placeholder Title</a> by <a href="viewuser.php?uid=1">someone</a></div>
    <div class="storyinfo"> [<a href="reviews.php?type=ST&amp;item=5">Reviews</a> - <a href="reviews.php?type=ST&amp;item=5">0</a>]<br />
      <a href="viewstory.php?sid=5&amp;index=1">Table of Contents</a> [<a href="contact.php?action=report&amp;url=viewstory.php?chapid=9">Report This</a>]<br /></div>
    <div class="infobox"><div class="content"><span class="label">Summary: </span>${summary}<br />
      <span class="label">Rated:</span> Adult<br />
      <span class="label">Categories:</span> <a href="browse.php?type=categories&amp;catid=3">Some Fandom</a> <span class="label">Characters: </span> <a href="browse.php?type=characters&amp;charid=7">Death</a>, <a href="browse.php?type=characters&amp;charid=8">A Friend</a><br />
      <span class='label'>Genre: </span> <a href='browse.php?type=class&amp;type_id=1&amp;classid=1'>Angst</a>, <a href='browse.php?type=class&amp;type_id=1&amp;classid=2'>Hurt/Comfort</a><br />
      ${line}
      <span class="label">Challenges:</span> None<br /> <span class="label">Series:</span> None<br />
      <span class="label">Chapters: </span> 3 <span class="label">Completed:</span> No
      <span class="label">Word count:</span> 4890 <span class="label">Read:</span> 120
      <span class="label"> Published: </span>2010.08.15 <span class="label">Updated:</span> 2010.08.16 </div></div>
    <div class="jumpmenu"><a href="viewstory.php?sid=5&amp;chapter=1&amp;textsize=-1">-</a> <strong>Text Size</strong> <a href="viewstory.php?sid=5&amp;chapter=1&amp;textsize=1">+</a></div>
    ${notes('Story Notes:', storyNotes)}
    ${notes("Author's Chapter Notes:", chapterNotes)}
    <div id="story"><span style="font-size: 100%;">${text}</span></div>
    ${notes('Chapter End Notes:', endNotes)}
    <div id="prev"></div><div id="next"><a href="viewstory.php?sid=5&amp;textsize=0&amp;chapter=2" class="next">Next</a></div>`;
  return document;
}

function read(doc: Document): string[] {
  const units = efiction.findUnits(doc);
  expect(units).toHaveLength(1);
  return compact(units[0]!.read());
}

const SPOILER = (names: string) =>
  `<span class="label">Warnings: <span class="revealSpoiler" onclick="this.getElementsByClassName('spoiler')[0].classList.remove('spoiler');">(Click Here To Reveal) <span class="spoiler">${names}</span></span></span><br />`;

describe('eFiction chapter pages: the Warnings classification', () => {
  test.each<[string, PageOptions, string[]]>([
    ['Character Death, Violence (linked)', { warnings: linked('Character Death', 'Violence') }, ['character_death', 'violence']],
    ['Character Death, Violence (plain names)', { warnings: 'Character Death, Violence' }, ['character_death', 'violence']],
    ['None', { warnings: 'None' }, []],
    ['Language only: not a trigger', { warnings: linked('Language') }, []],
    ['Adult Themes: declared, unfamiliar → Other', { warnings: linked('Adult Themes') }, ['other:adult themes']],
    [
      'a whole sample vocabulary',
      { warnings: linked('Adult Themes', 'BDSM', 'Character Death', 'Language', 'Non-Consensual Sex Acts', 'Sexual Situations', 'Violence') },
      ['character_death', 'other:adult themes', 'rape_non_con', 'sexual_content', 'violence'],
    ],
    ['Abuse, Suicide, Self-Harm', { warnings: linked('Abuse', 'Suicide', 'Self-Harm') }, ['abuse', 'self_harm', 'suicide']],
    ['Sunnydale After Dark: names hidden behind a spoiler', { warningLine: SPOILER('Character Death, Violence') }, ['character_death', 'violence']],
    ['Sunnydale After Dark: spoiler already revealed', { warningLine: SPOILER('Character Death').replace('class="spoiler"', 'class=""') }, ['character_death']],
    ['Sunnydale After Dark: None', { warningLine: SPOILER('None') }, []],
    ['old skin: bold label', { warningLine: `<b>Warnings:</b> ${linked('Suicide')}<br />` }, ['suicide']],
    ['old skin: table cells', { warningLine: `<table><tr><td><b>Warnings:</b></td><td>${linked('Violence')}</td></tr></table>` }, ['violence']],
    ['the list ends at the next label on the same line', { warningLine: `<span class='label'>Warnings: </span> None <span class="label">Characters:</span> <a href="#">Death</a><br />` }, []],
    ['a skin that prints no classifications: nothing, not unknown', {}, []],
    ['a bold site notice is not a classification', { warningLine: '<b>Warning:</b> This archive contains adult material.<br />' }, []],
    ['a bold label with plain names is not trusted either', { warningLine: '<strong>Warnings:</strong> read at your own risk<br />' }, []],
  ])('%s', (_name, page, expected) => {
    expect(read(chapterPage(page))).toEqual(expected);
  });

  test('the classification is the site’s own warning', () => {
    chapterPage({ warnings: linked('Violence', 'Adult Themes') });
    const findings = efiction.findUnits(document)[0]!.read();
    expect(findings.map((f) => f.source)).toEqual(['site-warning', 'site-warning']);
  });
});

describe('eFiction chapter pages: what the author wrote', () => {
  test.each<[string, PageOptions, string[]]>([
    ['a plain-text header on top of the chapter', { warnings: 'None', text: 'Rating: PG-13<br />Warnings: implied suicide<br /><br />Placeholder story text.' }, ['suicide']],
    ['a header in bold paragraphs', { text: '<p><b>Pairing:</b> A/B</p><p><b>Warning:</b> blood, vomiting</p><p>Placeholder story text.</p>' }, ['gore', 'vomit']],
    [
      '"warning" in the prose under the header is story, not header',
      { text: '<p>Title: Snow<br />Rating: PG</p><p>Placeholder story text that runs on for a while.</p><p>Warning: she said, the ice is thin.</p>' },
      [],
    ],
    ['a TW in the story notes', { warnings: 'None', storyNotes: '<p>Thanks to my beta!</p><p>TW: self-harm</p>' }, ['self_harm']],
    ['a warning in the chapter notes', { chapterNotes: 'A/N: warning for a character death in this chapter' }, ['character_death']],
    ['a CW in the end notes', { endNotes: 'Sorry! (cw: drowning)' }, ['suffocation']],
    ['a TW in the summary', { warnings: 'None', summary: 'Two friends, one winter. TW: drowning' }, ['suffocation']],
    ['"heed the tags" with the archive’s warnings read: those are the tags', { warnings: linked('Violence'), text: 'Warnings: heed the tags<br /><br />Story.' }, ['violence']],
    ['"heed the tags" with no classification on the page: unknown', { text: 'Warnings: heed the tags<br /><br />Story.' }, ['unknown:pointer']],
    ['classification and header together', { warnings: linked('Violence'), text: 'Warnings: torture<br /><br />Story.' }, ['torture', 'violence']],
  ])('%s', (_name, page, expected) => {
    expect(read(chapterPage(page))).toEqual(expected);
  });

  test('the unit is div#story; notes and info stay outside it', () => {
    chapterPage({ warnings: linked('Violence'), storyNotes: 'TW: blood' });
    const [unit] = efiction.findUnits(document);
    expect(unit!.element.id).toBe('story');
    expect(unit!.element.querySelector('span[style="font-size: 100%;"]')).not.toBeNull();
  });
});

describe('eFiction: other page types', () => {
  test('the printable view: each chapter a unit, the first with the full card, notes read per chapter', () => {
    document.body.innerHTML = `
      <div id="pagetitle"><a href="viewstory.php?sid=5">A Placeholder Title</a> by <a href="viewuser.php?uid=1">someone</a></div>
      <div class="infobox"><div class="content"><span class="label">Summary: </span>Two friends and one long winter.<br />
        <span class="label">Categories:</span> Some Fandom <span class="label">Characters: </span> A Friend<br />
        <span class='label'>Genre: </span> Angst<br /><span class='label'>Warnings: </span> Character Death, Language<br />
        <span class="label">Challenges:</span> None<br /> <span class="label">Series:</span> None<br /></div></div>
      <div class='notes'><div class='title'><span class='label'>Story Notes:</span></div><div class='noteinfo'>Thanks to my beta.</div></div>
      <p><b>1.</b> <a href='#1'>One</a> by someone</p><p><b>2.</b> <a href='#2'>Two</a> by someone</p>
      <div class='chaptertitle'><a name='1'></a>One by someone</div>
      <div class='chapter'>Placeholder chapter one.</div>
      <div class='toplink'><a href='#1'>Back to index</a></div>
      <div class='chaptertitle'><a name='2'></a>Two by someone</div>
      <div class='notes'><div class='title'><span class='label'>Author's Notes:</div><div class='noteinfo'>TW: self-harm</div></div>
      <div class='chapter'>Placeholder chapter two.</div>
      <div class='toplink'><a href='#1'>Back to index</a></div>
      <div id="copyright"></div><div id="archivedat">Archived at…</div>`;
    const units = efiction.findUnits(document);
    expect(units.map((u) => u.element.className)).toEqual(['chapter', 'chapter']);
    expect(units.map((u) => u.compact ?? false)).toEqual([false, true]);
    expect(units.map((u) => compact(u.read()))).toEqual([['character_death'], ['character_death', 'self_harm']]);
  });

  test('the printable view of one chapter', () => {
    document.body.innerHTML = `
      <div id="pagetitle"><a href="viewstory.php?sid=5">A Placeholder Title</a> by someone</div>
      <div class="infobox"><div class="content"><span class='label'>Warnings: </span> None<br /></div></div>
      <div class='chaptertitle'>One by someone</div>
      <div class='chapter'>Warnings for this chapter: violence<br /><br />Placeholder chapter one.</div>`;
    expect(read(document)).toEqual(['violence']);
  });

  test('the age-consent page: no unit, and its links are not inside anything Heed hides', () => {
    document.body.innerHTML = `
      <div id="pagetitle">A Placeholder Title</div>
      <div class='errortext'>Age Consent Required<br /><a href='viewstory.php?sid=5&amp;ageconsent=ok&amp;warning=4'>Ages 18+ only: click to continue</a></div>`;
    expect(efiction.findUnits(document)).toEqual([]);
    const link = document.querySelector('.errortext a')!;
    expect(link.closest(efiction.containerSelector)).toBeNull();
  });

  test('a registered-users-only notice with a stray font-size span: still no unit', () => {
    document.body.innerHTML = `<div class='errortext'>Registered Users Only</div><div id="footer"><span style="font-size: 80%;">Powered by eFiction</span></div>`;
    expect(efiction.findUnits(document)).toEqual([]);
  });

  test('the story index (index=1): no story text, no unit', () => {
    document.body.innerHTML = `
      <div id="pagetitle"><a href="viewstory.php?sid=5">A Placeholder Title</a> by someone</div>
      <div id="output"><div class="listbox"><div class="content"><span class="label">Summary: </span>Two friends.<br />
        <span class='label'>Warnings: </span> ${linked('Violence')}<br /></div></div>
      <p><b>1. <a href="viewstory.php?sid=5&amp;chapter=1">One</a> </b>by someone (1200 words)<br /></p></div>`;
    expect(efiction.findUnits(document)).toEqual([]);
  });

  test('a skin without div#story: the font-size span holding the chapter is the unit', () => {
    document.body.innerHTML = `
      <div id="pagetitle"><a href="viewstory.php?sid=5">A Placeholder Title</a> by someone</div>
      <table><tr><td><span style="font-size: 80%;">Site news</span></td></tr>
      <tr><td><span style="font-size: 120%;">Warning: character death<br /><br />Placeholder chapter text, long enough to be the story.</span></td></tr></table>`;
    const units = efiction.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.getAttribute('style')).toBe('font-size: 120%;');
    expect(compact(units[0]!.read())).toEqual(['character_death']);
  });
});

describe('eFiction URLs', () => {
  const urls = [
    ...efiction.examples.matching.map((url) => [url, true] as const),
    ...efiction.examples.notMatching.map((url) => [url, false] as const),
  ];
  test.each(urls)('%s → %s', (url, expected) => {
    expect(efiction.test(new URL(url))).toBe(expected);
  });

  test('every positive example is on a host the patterns cover', () => {
    for (const url of efiction.examples.matching) {
      expect(efiction.matches.some((p) => matchesPattern(new URL(url), p)), url).toBe(true);
    }
  });

  test('the story-page check itself does not depend on the host (for the any-site path)', () => {
    expect(isEfictionStoryUrl(new URL('https://archive.example.org/fanfic/viewstory.php?sid=1&chapter=2'))).toBe(true);
    expect(isEfictionStoryUrl(new URL('https://archive.example.org/fanfic/browse.php?type=titles'))).toBe(false);
  });
});
