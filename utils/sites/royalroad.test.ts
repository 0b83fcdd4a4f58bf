import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { ROYALROAD_PATTERNS } from './hosts';
import { STORAGE_PREFIX, royalroad } from './royalroad';
import { matchesPattern } from './types';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

const FICTION_URL = 'https://www.royalroad.com/fiction/12345/a-quiet-winter';
const CHAPTER_URL = 'https://www.royalroad.com/fiction/12345/a-quiet-winter/chapter/678901/chapter-one-snow';

function setURL(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** The fiction page as Royal Road prints it: header, labels, tags, the warning box, the description. */
function fictionPage(warnings: string[] | null, description = '<p>Two friends and one long winter in a town at the edge of the map.</p>'): void {
  const box =
    warnings === null
      ? ''
      : `<div class="text-center font-red-sunglo"><strong>Warning</strong> <span>This fiction contains:</span>
          <ul class="list-inline">${warnings.map((w) => `<li>${w}</li>`).join('')}</ul></div>`;
  document.body.innerHTML = `<div class="row fic-header"><div class="col-md-5"><h1 class="font-white" property="name">A Quiet Winter</h1>
      <h4><span>by</span> <span><a class="font-white" href="/profile/4321">someone</a></span></h4></div></div>
    <div class="fiction-info"><div class="portlet light row"><div class="col-md-8">
      <div class="margin-bottom-10"><span class="label label-default label-sm bg-blue-hoki">Original</span> <span class="label label-default label-sm bg-blue-hoki">ONGOING</span></div>
      <span class="tags"><a class="fiction-tag" href="/fictions/search?tagsAdd=fantasy">Fantasy</a> <a class="fiction-tag" href="/fictions/search?tagsAdd=war_and_military">War and Military</a></span>
      ${box}
      <div class="description"><div class="hidden-content" property="description">${description}</div></div>
    </div></div></div>
    <table class="table" id="chapters"><tbody><tr class="chapter-row" data-url="/fiction/12345/a-quiet-winter/chapter/678901/chapter-one-snow"><td><a href="/fiction/12345/a-quiet-winter/chapter/678901/chapter-one-snow">Chapter One: Snow</a></td></tr></tbody></table>`;
}

function note(body: string): string {
  return `<div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption"><span class="caption-subject bold uppercase">A note from someone</span></div></div>
    <div class="portlet-body author-note">${body}</div></div>`;
}

/** A chapter page: notes before and after the chapter text, outside it; one hidden anti-piracy line. */
function chapterPage({ before = '', after = '', text = '' }: { before?: string; after?: string; text?: string } = {}): void {
  document.body.innerHTML = `<div class="fic-header"><h2 class="font-white">A Quiet Winter</h2><h1 class="font-white">Chapter One: Snow</h1></div>
    <div class="portlet light"><div class="chapter-content-wrapper">
      ${before ? note(before) : ''}
      <div class="chapter-inner chapter-content">${text}
        <p>The snow came early that year.</p>
        <p style="display: none">Warning: this story is posted on Amazon without permission. Report it.</p>
        <p>She walked the long road home, counting fence posts, and was warned about the ice.</p>
      </div>
      ${after ? note(after) : ''}
    </div></div>`;
}

function read(): string[] {
  const units = royalroad.findUnits(document);
  expect(units).toHaveLength(1);
  return compact(units[0]!.read());
}

beforeEach(() => sessionStorage.clear());
afterEach(() => setURL('about:blank'));

describe('Royal Road fiction pages: the description is gated from the site’s warnings', () => {
  test.each<[string, string[] | null, string[]]>([
    ['Graphic Violence + Profanity → violence only', ['Graphic Violence', 'Profanity'], ['violence']],
    ['Traumatising content → Other', ['Traumatising content'], ['other:Traumatising content']],
    ['Sensitive Content → Other', ['Sensitive Content'], ['other:Sensitive Content']],
    ['Gore, Sexual Content', ['Gore', 'Sexual Content'], ['gore', 'sexual_content']],
    ['AI disclosures and profanity are no warnings', ['AI-Assisted', 'AI-Generated Content', 'Profanity'], []],
    ['a warning Royal Road adds later counts as Other', ['Flashing Images'], ['other:Flashing Images']],
    ['no warning box at all', null, []],
  ])('%s', (_name, warnings, expected) => {
    setURL(FICTION_URL);
    fictionPage(warnings);
    const units = royalroad.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.getAttribute('property')).toBe('description');
    expect(compact(units[0]!.read())).toEqual(expected);
  });

  test('Graphic Violence keeps its "graphic" modifier', () => {
    setURL(FICTION_URL);
    fictionPage(['Graphic Violence']);
    expect(royalroad.findUnits(document)[0]!.read()).toEqual([{ kind: 'trigger', trigger: 'violence', source: 'site-warning', modifier: 'graphic' }]);
  });

  test('a TW line in the description counts, as the summary', () => {
    setURL(FICTION_URL);
    fictionPage([], '<p>Two friends and one long winter.</p><p><strong>TW:</strong> depictions of self-harm</p>');
    const findings = royalroad.findUnits(document)[0]!.read();
    expect(compact(findings)).toEqual(['self_harm']);
    expect(findings.every((f) => f.source === 'summary')).toBe(true);
  });

  test('the fiction page stores its warnings for its chapters', () => {
    setURL(FICTION_URL);
    fictionPage(['Graphic Violence', 'Profanity']);
    royalroad.findUnits(document)[0]!.read();
    expect(JSON.parse(sessionStorage.getItem(`${STORAGE_PREFIX}12345`) ?? 'null')).toEqual(['Graphic Violence', 'Profanity']);
  });

  test('blocked storage does not stop the page from being read', () => {
    setURL(FICTION_URL);
    fictionPage(['Gore']);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      expect(compact(royalroad.findUnits(document)[0]!.read())).toEqual(['gore']);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

describe('Royal Road chapter pages', () => {
  test('a stored fiction warning gates the chapter', () => {
    sessionStorage.setItem(`${STORAGE_PREFIX}12345`, JSON.stringify(['Gore', 'Profanity']));
    setURL(CHAPTER_URL);
    chapterPage();
    expect(read()).toEqual(['gore']);
  });

  test('from the fiction page to its chapter', () => {
    setURL(FICTION_URL);
    fictionPage(['Sexual Content', 'Traumatising content']);
    royalroad.findUnits(document)[0]!.read();
    setURL(CHAPTER_URL);
    chapterPage();
    expect(read()).toEqual(['other:Traumatising content', 'sexual_content']);
  });

  test('another fiction’s stored warnings do not apply', () => {
    sessionStorage.setItem(`${STORAGE_PREFIX}99999`, JSON.stringify(['Gore']));
    setURL(CHAPTER_URL);
    chapterPage();
    expect(read()).toEqual([]);
  });

  test.each<[string, Parameters<typeof chapterPage>[0], string[]]>([
    ['an author note "TW: self-harm" before the chapter', { before: '<p>Thanks for reading!</p><p>TW: self-harm</p>' }, ['self_harm']],
    ['an author note after the chapter', { after: '<p>Rough one this week. CW: drowning</p>' }, ['suffocation']],
    ['a header at the top of the chapter text', { text: '<p><strong>Content warning:</strong> blood, vomiting</p><hr />' }, ['gore', 'vomit']],
    ['nothing stored, nothing declared: clear', {}, []],
    ['a chatty note with no warning', { before: '<p>Thanks for reading! Next chapter on Friday.</p>' }, []],
  ])('%s', (_name, options, expected) => {
    setURL(CHAPTER_URL);
    chapterPage(options);
    expect(read()).toEqual(expected);
  });

  test('the hidden anti-piracy line is not read as a header', () => {
    setURL(CHAPTER_URL);
    chapterPage();
    const chapter = document.querySelector('.chapter-inner')!;
    // Put the hidden line first, where a header would be.
    chapter.prepend(chapter.querySelector('p[style]')!);
    expect(read()).toEqual([]);
  });

  test('an anti-piracy line hidden by a style-block class is read, but is no warning', () => {
    setURL(CHAPTER_URL);
    chapterPage({ text: '<p class="cjQ1xYz">This tale was taken without permission; if you see it on Amazon, report it.</p><p>TW: self-harm</p><hr />' });
    document.head.innerHTML = '<style>.cjQ1xYz{ display: none; speak: never; }</style>';
    try {
      expect(read()).toEqual(['self_harm']);
    } finally {
      document.head.innerHTML = '';
    }
  });

  test('storage with junk in it is ignored', () => {
    sessionStorage.setItem(`${STORAGE_PREFIX}12345`, '{not json');
    setURL(CHAPTER_URL);
    chapterPage();
    expect(read()).toEqual([]);
  });

  test('the fiction id comes from the canonical link when the location has none', () => {
    sessionStorage.setItem(`${STORAGE_PREFIX}12345`, JSON.stringify(['Gore']));
    chapterPage();
    document.head.innerHTML = `<link rel="canonical" href="${CHAPTER_URL}">`;
    try {
      expect(read()).toEqual(['gore']);
    } finally {
      document.head.innerHTML = '';
    }
  });
});

describe('Royal Road URLs', () => {
  test.each(royalroad.examples.matching)('handles %s', (url) => {
    expect(royalroad.test(new URL(url))).toBe(true);
  });
  test.each(royalroad.examples.notMatching)('ignores %s', (url) => {
    expect(royalroad.test(new URL(url))).toBe(false);
  });
  test('patterns', () => {
    expect(ROYALROAD_PATTERNS.some((p) => matchesPattern(new URL(CHAPTER_URL), p))).toBe(true);
    expect(ROYALROAD_PATTERNS.some((p) => matchesPattern(new URL('https://example.org/fiction/1/x'), p))).toBe(false);
  });
  test('containerSelector is a flat list early.css can take as is', () => {
    expect(royalroad.containerSelector.split(',').map((s) => s.trim())).toEqual([
      'div.chapter-inner.chapter-content',
      'div.hidden-content[property="description"]',
      'div.description > div.hidden-content',
    ]);
  });
});
