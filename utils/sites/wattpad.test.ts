import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { partTopLines, wattpad } from './wattpad';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

let pid = 0;
/** One paragraph as Wattpad prints it: an id, the text, and the site's inline comment counter. */
function p(html: string, comments = 0): string {
  pid++;
  const marker = comments
    ? `<div class="component-wrapper"><button class="comment-marker on-inline-comments-modal" data-pid="pid${pid}"><span class="num-comment">${comments}</span><span class="fa fa-comment"></span></button></div>`
    : '';
  return `<p data-p-id="pid${pid}">${html}${marker}</p>`;
}

const PROSE = [
  p('The lake froze early that year, and the ferry stopped running before anyone was ready.', 4),
  p('"We could walk across," Mara said. Nobody laughed, because nobody was sure she was joking.'),
  p('By morning the ice had a path worn into it, and a warning sign nobody read.'),
].join('');

/** One page of a part: the panel with the text in a pre, inside Wattpad's page wrapper. */
function page(paragraphs: string, n = 1): string {
  return `<div class="page highlighter${n === 1 ? ' first-page' : ''}" data-page-number="${n}">
    <div class="row part-content">
      <div class="col-xs-10 col-xs-offset-1 col-sm-10 col-sm-offset-1 col-md-7 col-md-offset-1 col-lg-6 col-lg-offset-3 panel panel-reading" dir="ltr">
        <pre>${paragraphs}</pre>
      </div>
    </div>
  </div>`;
}

function partHeader(title: string): string {
  return `<header class="panel panel-reading text-center">
    <h1 class="h2">${title}</h1>
    <div class="story-stats"><span class="reads">1.2K</span> <span class="votes">87</span> <span class="comments">14</span></div>
  </header>`;
}

/** A reading page as scrapers see it: site header, part title, the part's pages. */
function readingPage(pages: string[], title = 'Chapter One: Thin Ice'): void {
  document.body.innerHTML = `
    <header id="header" role="banner"><nav><a href="/stories/romance">Romance</a> <a href="/stories/horror">Horror</a></nav></header>
    <main id="parts-container-new"><article class="story-part">
      ${partHeader(title)}
      ${pages.map((body, i) => page(body, i + 1)).join('\n')}
    </article></main>
    <div id="story-part-navigation"><a class="on-navigate-next" href="/1234567891-next-part">Continue to next part</a></div>`;
}

function only(): { element: HTMLElement; findings: Finding[] } {
  const units = wattpad.findUnits(document);
  expect(units).toHaveLength(1);
  return { element: units[0]!.element, findings: units[0]!.read() };
}

describe('Wattpad reading pages: each page of text is a unit, read from its top', () => {
  test.each<[string, string, string[]]>([
    ['"TW: self-harm" on top of the part', p('TW: self-harm', 2) + p('') + PROSE, ['self_harm']],
    ['no header: nothing', PROSE, []],
    ['"Warning:" with a list', p('Warning: suicide, blood') + PROSE, ['gore', 'suicide']],
    ['"Content warning" alone, the warnings on the next line', p('Content warning') + p('mentions of an eating disorder') + p('') + PROSE, ['eating_disorder']],
    ['an A/N line with a tw', p('A/N: hi everyone! tw for a panic attack in this one') + PROSE, ['mental_health']],
    ['an A/N line without one', p('A/N: thank you for 1K reads!!') + PROSE, []],
    ['"warning" in the prose below the top is not a header', PROSE + PROSE + PROSE + p('Warning: the ice was thinner than it looked, the sign said.'), []],
    ['"Warnings: none"', p('Warnings: none') + PROSE, []],
  ])('%s', (_name, body, expected) => {
    readingPage([body]);
    const { element, findings } = only();
    expect(element.matches('div.panel.panel-reading')).toBe(true);
    expect(compact(findings)).toEqual(expected);
    expect(new Set(findings.map((f) => f.source))).toEqual(new Set(expected.length ? ['header'] : []));
  });

  test('comment counters inside paragraphs are not the author’s text', () => {
    readingPage([p('TW: suicide', 12) + PROSE]);
    const { element, findings } = only();
    expect(partTopLines(element).filter(Boolean)[0]).toBe('TW: suicide');
    expect(compact(findings)).toEqual(['suicide']);
  });

  test('the part title (a header with the same classes) is not a unit', () => {
    readingPage([PROSE]);
    expect(wattpad.findUnits(document).map((u) => u.element.tagName)).toEqual(['DIV']);
  });

  test('a later page carries the part’s warnings until the reader opens the first page', () => {
    readingPage([p('TW: self-harm') + p('') + PROSE, PROSE]);
    const units = wattpad.findUnits(document);
    expect(units).toHaveLength(2);
    expect(units.map((u) => compact(u.read()))).toEqual([['self_harm'], ['self_harm']]);
    units[0]!.element.dataset.heed = 'shown';
    expect(compact(units[1]!.read())).toEqual([]);
    // Still held while the first page is only decided, not opened.
    units[0]!.element.dataset.heed = 'warn';
    expect(compact(units[1]!.read())).toEqual(['self_harm']);
  });

  test('pages loaded while scrolling: the same element each time, new pages added', () => {
    readingPage([p('TW: blood') + PROSE]);
    const first = wattpad.findUnits(document).map((u) => u.element);
    document.querySelector('article.story-part')!.insertAdjacentHTML('beforeend', page(PROSE, 2));
    const again = wattpad.findUnits(document).map((u) => u.element);
    expect(again).toHaveLength(2);
    expect(again[0]).toBe(first[0]);
  });

  test('a new part with its own title does not inherit the one before', () => {
    readingPage([p('TW: self-harm') + PROSE]);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', `<article class="story-part">${partHeader('Chapter Two: Thaw')}${page(PROSE)}</article>`);
    const units = wattpad.findUnits(document);
    expect(units.map((u) => compact(u.read()))).toEqual([['self_harm'], []]);
  });

  test('without the panel class: the element holding the paragraphs', () => {
    document.body.innerHTML = `<main><div class="reading-column"><pre class="story-text">${p('CW: drowning') + PROSE}</pre></div></main>`;
    const { element, findings } = only();
    expect(element.tagName).toBe('PRE');
    expect(element.matches(wattpad.containerSelector)).toBe(true);
    expect(compact(findings)).toEqual(['suffocation']);
  });

  test('older text without paragraph ids is read all the same', () => {
    document.body.innerHTML = `<div class="panel panel-reading"><pre>Warning: self harm<br><br>The lake froze early that year.</pre></div>`;
    expect(compact(only().findings)).toEqual(['self_harm']);
  });

  test('odd markup does not crash: an empty panel, a page with no story', () => {
    document.body.innerHTML = '<div class="panel panel-reading"></div><div class="panel panel-reading"><pre></pre></div>';
    const units = wattpad.findUnits(document);
    expect(units.map((u) => u.read())).toEqual([[]]);
    document.body.innerHTML = '<main><h1>Home</h1></main>';
    expect(wattpad.findUnits(document)).toEqual([]);
  });
});

interface StoryOptions {
  description: string;
  tags?: string[];
}

/** A story page as scrapers see it: the info, the description, the tag list, the parts. */
function storyPage({ description, tags = [] }: StoryOptions): void {
  document.body.innerHTML = `
    <header id="header" role="banner"><nav><a href="/stories/fantasy">Fantasy</a> <a href="/stories/suicide">Browse: suicide</a></nav></header>
    <main>
      <div class="story-header"><div class="story-cover"><img src="/placeholder-cover.jpg" alt=""></div>
        <div class="story-info"><span class="sr-only">A Placeholder Title</span>
          <ul class="new-story-stats"><li>1.2K Reads</li><li>87 Votes</li><li>12 Parts</li></ul>
        </div>
      </div>
      <div class="story-info__details">
        <div class="author-info__username"><a href="/user/someone">someone</a></div>
        <pre class="description-text">${description}</pre>
        <ul class="tag-items">${tags.map((t) => `<li><a class="tag-item" href="/stories/${encodeURIComponent(t)}">${t}</a></li>`).join('')}</ul>
      </div>
      <div class="table-of-contents"><div class="story-parts"><ul>
        <li><a href="/1234567890-a-placeholder-title-prologue"><div class="part__label">Prologue</div></a></li>
        <li><a href="/1234567891-a-placeholder-title-chapter-one"><div class="part__label">Chapter One</div></a></li>
      </ul></div></div>
    </main>`;
}

const BLURB = 'Two sisters and one long winter on a frozen lake.';

describe('Wattpad story pages: the description is the unit', () => {
  test.each<[string, StoryOptions, string[]]>([
    ['a TW line in the description', { description: `${BLURB}\n\nTW: self-harm, abuse\n\n#1 in winter 12/03/24` }, ['abuse', 'self_harm']],
    ['a warning sentence in the description', { description: `${BLURB} Warning: character death.` }, ['character_death']],
    ['nothing declared', { description: BLURB, tags: ['romance', 'winter', 'sisters'] }, []],
    ['#selfharm and #tw among the tags', { description: BLURB, tags: ['sadstory', 'selfharm', 'tw', 'teenfiction'] }, ['self_harm']],
    ['"#tw" alone names nothing', { description: BLURB, tags: ['tw', 'romance'] }, []],
    ['#suicide and #depression', { description: BLURB, tags: ['suicide', 'depression', 'highschool'] }, ['mental_health', 'suicide']],
    ['"read the tags" with tags present: the tags are read', { description: `${BLURB}\nWarning: read the tags`, tags: ['abuse'] }, ['abuse']],
  ])('%s', (_name, story, expected) => {
    storyPage(story);
    const { element, findings } = only();
    expect(element.matches('.description-text')).toBe(true);
    expect(compact(findings)).toEqual(expected);
  });

  test('tags count as tags, the description as the summary; the site menu is not the story', () => {
    storyPage({ description: 'TW: abuse', tags: ['selfharm'] });
    const findings = only().findings;
    expect(findings.map((f) => [f.source, f.kind === 'trigger' ? f.trigger : f.kind])).toEqual([
      ['tag', 'self_harm'],
      ['summary', 'abuse'],
    ]);
  });
});

describe('Wattpad adapter', () => {
  test.each(wattpad.examples.matching)('handles %s', (url) => {
    expect(wattpad.test(new URL(url))).toBe(true);
  });

  test.each(wattpad.examples.notMatching)('leaves %s alone', (url) => {
    expect(wattpad.test(new URL(url))).toBe(false);
  });

  test('every unit it finds is inside a container it lists, and the page chrome is not', () => {
    readingPage([p('TW: blood') + PROSE, PROSE]);
    document.body.insertAdjacentHTML('beforeend', '<pre class="description-text">x</pre>');
    const units = wattpad.findUnits(document);
    expect(units).toHaveLength(3);
    for (const unit of units) expect(unit.element.matches(wattpad.containerSelector)).toBe(true);
    for (const chrome of document.querySelectorAll('#header, nav, header.panel-reading, #story-part-navigation')) {
      expect(chrome.matches(wattpad.containerSelector)).toBe(false);
    }
  });
});
