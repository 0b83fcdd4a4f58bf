import { afterEach, describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { readTumblrTags, tumblr, tumblrTag } from './tumblr';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

const PROSE = `<div class="k31gt"><p>The lake froze early that year, and the ferry stopped running before anyone was ready.</p>
  <p>"We could walk across," Mara said. Nobody laughed.</p></div>`;

interface PostOptions {
  id?: string;
  /** What sits between the header and the footer: one body, or several children (a reblog trail). */
  content?: string | string[];
  tags?: string[];
  footer?: boolean;
}

let nextId = 712345678901234000;

afterEach(() => history.replaceState(null, '', '/'));

/**
 * One post in the web app as extensions see it: hashed classes, `[tabindex="-1"][data-id]`,
 * the article with its header, the body, then the footer wrapper with the tags above the footer.
 */
function post({ id = String(nextId++), content = PROSE, tags = [], footer = true }: PostOptions = {}): string {
  const children = Array.isArray(content) ? content : [`<div class="GzjsW">${content}</div>`];
  const tagLinks = tags.map((t) => `<a class="KSDLH" href="/tagged/${encodeURIComponent(t)}" tabindex="0">#${t}</a>`).join('');
  return `<div class="So6RQ" data-cell-id="timelineObject:${id}"><div class="rZlUD">
    <div tabindex="-1" data-id="${id}" class="BoJis"><div class="zAlrA">
      <article class="FtjPK r0etU" aria-label="Post by placeholder-blog">
        <header class="BjErQ"><div class="ZJdm4"><a rel="author" href="/placeholder-blog">placeholder-blog</a></div><button class="TRX6J" aria-label="Follow">Follow</button></header>
        ${children.join('\n')}
        ${
          footer
            ? `<div class="qYCBn">${tags.length ? `<div class="hAFp3"><div class="mwjNz">${tagLinks}</div></div>` : ''}
          <footer class="Y8IFm"><div class="MCavR"><span>12 notes</span></div><div class="nO5eu"><button aria-label="Reblog">Reblog</button><button aria-label="Like">Like</button></div></footer></div>`
            : ''
        }
      </article>
    </div></div>
  </div></div>`;
}

/** The dashboard: Tumblr's own header and sidebar around the timeline. */
function dashboard(posts: string[]): void {
  document.body.innerHTML = `<div id="root"><div class="App">
    <header class="h_Erh" role="banner"><nav aria-label="Navigation"><a href="/dashboard">Home</a><a href="/explore">Explore</a><a href="/tagged/placeholder%20fic">#placeholder fic</a></nav></header>
    <main class="wkaVr"><div data-timeline="/v2/timeline/dashboard">${posts.join('\n')}</div></main>
    <aside class="ZkCXN"><h1>Check out these blogs</h1><ul><li><a href="/another-blog">another-blog</a></li></ul></aside>
  </div></div>`;
}

describe('Tumblr web app: each post’s body is a unit', () => {
  test('a dashboard of three posts, one tagged #tw suicide: only that one', () => {
    dashboard([post({ tags: ['placeholder fandom', 'my writing'] }), post({ tags: ['tw suicide', 'placeholder fandom'] }), post()]);
    const units = tumblr.findUnits(document);
    expect(units).toHaveLength(3);
    expect(units.map((u) => compact(u.read()))).toEqual([[], ['suicide'], []]);
    for (const unit of units) {
      // The body: the header and the tags stay in view.
      expect(unit.element.parentElement!.tagName).toBe('ARTICLE');
      expect(unit.element.querySelector('header, footer, a[href*="/tagged/"]')).toBeNull();
      expect(unit.compact).toBe(true);
    }
    expect(units[1]!.read().map((f) => f.source)).toEqual(['tag']);
  });

  test.each<[string, string[], string[]]>([
    ['#tw suicide', ['tw suicide'], ['suicide']],
    ['#tw: self harm', ['tw: self harm'], ['self_harm']],
    ['#cw blood', ['cw blood'], ['gore']],
    ['#cw: blood', ['cw: blood'], ['gore']],
    ['#suicide tw', ['suicide tw'], ['suicide']],
    ['#// self harm', ['// self harm'], ['self_harm']],
    ['#self harm //', ['self harm //'], ['self_harm']],
    ['#sh mention', ['sh mention'], ['self_harm']],
    ['#ed tw', ['ed tw'], ['eating_disorder']],
    ['#ed mention (short form, marked by "mention")', ['ed mention'], ['eating_disorder']],
    ['#sa ment', ['sa ment'], ['rape_non_con']],
    ['#mentions of sa', ['mentions of sa'], ['rape_non_con']],
    ['#sa warning', ['sa warning'], ['rape_non_con']],
    ['#implied sa', ['implied sa'], ['rape_non_con']],
    ['a bare #tw, then the tag it is about', ['placeholder fandom', 'tw', 'sh', 'ed sheeran'], ['self_harm']],
    ['a plain tag naming a trigger: #suicide', ['placeholder fandom', 'suicide'], ['suicide']],
    ['only fandom and commentary tags: nothing', ['placeholder fandom', 'placeholder character', 'my writing', 'long post', 'ed sheeran'], []],
    ['#tw alone: nothing to read', ['tw'], []],
    ['"mention" in a harmless tag', ['honorable mention', 'food mention'], []],
  ])('tags: %s', (_name, tags, expected) => {
    dashboard([post({ tags })]);
    const [unit] = tumblr.findUnits(document);
    expect(compact(unit!.read())).toEqual(expected);
  });

  test('"TW: x" as the first line of the post', () => {
    dashboard([post({ content: `<div class="k31gt"><p>TW: self-harm</p></div>${PROSE}`, tags: ['placeholder fandom'] })]);
    const findings = tumblr.findUnits(document)[0]!.read();
    expect(compact(findings)).toEqual(['self_harm']);
    expect(findings.map((f) => f.source)).toEqual(['header']);
  });

  test('"warning" further down in the prose is not a header', () => {
    const prose = Array.from({ length: 7 }, (_, i) => `<p>Paragraph ${i + 1} of a quiet winter story.</p>`).join('');
    dashboard([post({ content: `<div class="k31gt">${prose}<p>Warning: thin ice, the sign said.</p></div>` })]);
    expect(tumblr.findUnits(document)[0]!.read()).toEqual([]);
  });

  test('a reblog whose trail is several children: the whole article, tags and all', () => {
    const trail = [
      `<div class="u2tXn"><div class="trailHeader"><a rel="author" href="/original-blog">original-blog</a></div><div class="k31gt"><p>TW: blood</p><p>The first part of the story.</p></div></div>`,
      `<div class="u2tXn"><div class="trailHeader"><a rel="author" href="/placeholder-blog">placeholder-blog</a></div><div class="k31gt"><p>adding: this made me cry</p></div></div>`,
    ];
    dashboard([post({ content: trail, tags: ['placeholder fandom'] })]);
    const [unit] = tumblr.findUnits(document);
    expect(unit!.element.tagName).toBe('ARTICLE');
    expect(compact(unit!.read())).toEqual(['gore']);
  });

  test('infinite scroll: each post found once, the same element however it grows', () => {
    dashboard([post({ tags: ['tw suicide'] })]);
    const [first] = tumblr.findUnits(document);
    const article = document.querySelector('article')!;
    // Content added later (a second block) would make the article the body; the choice stands.
    article.querySelector('header')!.insertAdjacentHTML('afterend', `<div class="GzjsW">${PROSE}</div>`);
    document.querySelector('[data-timeline]')!.insertAdjacentHTML('beforeend', post({ tags: ['cw: blood'] }));
    const again = tumblr.findUnits(document);
    expect(again).toHaveLength(2);
    expect(again[0]!.element).toBe(first!.element);
    expect(compact(again[1]!.read())).toEqual(['gore']);
  });

  test('tags printed as a child of the article, beside the footer: still not part of the body', () => {
    dashboard([post({ tags: ['tw suicide'] })]);
    const article = document.querySelector('article')!;
    const tags = article.querySelector('.hAFp3')!;
    article.querySelector('footer')!.parentElement!.before(tags);
    const [unit] = tumblr.findUnits(document);
    expect(unit!.element.className).toBe('GzjsW');
    expect(compact(unit!.read())).toEqual(['suicide']);
  });

  test('a post not yet whole (no footer: loading, or Tumblr’s own filtered-post cover) is not a unit yet', () => {
    dashboard([post({ footer: false })]);
    expect(tumblr.findUnits(document)).toEqual([]);
  });

  test('the post of a permalink page gets the full card', () => {
    history.replaceState(null, '', '/placeholder-blog/712345678901234567/a-placeholder-slug');
    dashboard([post({ id: '712345678901234567' }), post({ id: '712345678901234999' })]);
    expect(tumblr.findUnits(document).map((u) => u.compact)).toEqual([false, true]);
  });
});

describe('Tumblr blogs with a custom theme', () => {

  /** A classic theme's post: an article with the text, then a tag list linking to the blog's /tagged/ pages. */
  function themePost(body: string, tags: string[], id = '712345678901234567'): string {
    return `<article class="post text" id="post-${id}">
      <div class="post-content"><h2><a href="/post/${id}/a-placeholder-slug">A Placeholder Title</a></h2>${body}</div>
      <div class="post-meta"><a class="date" href="/post/${id}/a-placeholder-slug">March 3</a> · <a href="/post/${id}#notes">14 notes</a></div>
      <ul class="tags">${tags.map((t) => `<li><a href="https://placeholder-blog.tumblr.com/tagged/${t.replace(/ /g, '-')}">#${t}</a></li>`).join('')}</ul>
    </article>`;
  }

  function themePage(posts: string[]): void {
    document.body.innerHTML = `<iframe class="tmblr-iframe tmblr-iframe--desktop-logged-in-controls"></iframe>
      <header id="blog-header"><h1><a href="/">placeholder blog</a></h1><nav><a href="/tagged/my-fic">my fic</a><a href="/ask">ask</a></nav></header>
      <main id="posts">${posts.join('\n')}</main>`;
  }

  test('a post page: the post is the unit, read from its tags and its top', () => {
    history.replaceState(null, '', '/post/712345678901234567/a-placeholder-slug');
    themePage([themePost(`<p>TW: self harm</p>${PROSE}`, ['placeholder fandom', 'tw suicide'])]);
    const units = tumblr.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.matches('article.post')).toBe(true);
    expect(units[0]!.compact).toBe(false);
    expect(compact(units[0]!.read())).toEqual(['self_harm', 'suicide']);
  });

  test('an index page: each post on its own, compact; a post without warnings is clear', () => {
    themePage([themePost(PROSE, ['cw: blood'], '1001001'), themePost(PROSE, ['placeholder fandom'], '1001002')]);
    const units = tumblr.findUnits(document);
    expect(units.map((u) => [u.compact, compact(u.read())])).toEqual([
      [true, ['gore']],
      [true, []],
    ]);
  });

  test('themes built from div.post with nested post boxes: the outer one only', () => {
    document.body.innerHTML = `<div id="content"><div class="post"><div class="post text-post"><p>Warnings: suicide</p>${PROSE}</div>
      <div class="tags"><a href="/tagged/placeholder-fandom">placeholder fandom</a></div></div></div>`;
    const units = tumblr.findUnits(document);
    expect(units).toHaveLength(1);
    expect(compact(units[0]!.read())).toEqual(['suicide']);
  });
});

describe('tag forms', () => {
  test.each<[string, string]>([
    ['#sh mention', 'tw: sh mention'],
    ['#ed ment', 'tw: ed ment'],
    ['#mentions of sa', 'tw: mentions of sa'],
    ['#sa warning', 'tw: sa'],
    ['#warning for sa', 'tw: sa'],
    ['#tw suicide', 'tw suicide'],
    ['#self harm //', 'self harm //'],
    ['#  placeholder fandom ', 'placeholder fandom'],
  ])('%s → %s', (tag, expected) => {
    expect(tumblrTag(tag)).toBe(expected);
  });

  test('a bare marker as the last tag reads nothing', () => {
    expect(readTumblrTags(['placeholder fandom', 'cw'])).toEqual([]);
  });
});

describe('Tumblr adapter', () => {
  test.each(tumblr.examples.matching)('handles %s', (url) => {
    expect(tumblr.test(new URL(url))).toBe(true);
  });

  test.each(tumblr.examples.notMatching)('leaves %s alone', (url) => {
    expect(tumblr.test(new URL(url))).toBe(false);
  });

  test('every unit is a container it lists; the dashboard chrome and Heed’s own card are not', () => {
    const trail = ['<div class="u2tXn"><p>one</p></div>', '<div class="u2tXn"><p>two</p></div>'];
    dashboard([post({ tags: ['tw suicide'] }), post({ content: trail })]);
    const units = tumblr.findUnits(document);
    expect(units).toHaveLength(2);
    for (const unit of units) expect(unit.element.matches(tumblr.containerSelector)).toBe(true);
    for (const chrome of document.querySelectorAll('#root, .App, header[role="banner"], nav, main, [data-timeline], aside, aside *, [data-cell-id], [tabindex="-1"][data-id]')) {
      expect(chrome.matches(tumblr.containerSelector), chrome.outerHTML.slice(0, 60)).toBe(false);
    }
    // The gate card sits right before the body, inside the article: early CSS must never hide it.
    const gate = document.createElement('heed-gate');
    units[0]!.element.before(gate);
    expect(gate.matches(tumblr.containerSelector)).toBe(false);
    expect(document.querySelector('footer')!.parentElement!.matches(tumblr.containerSelector)).toBe(false);
  });
});
