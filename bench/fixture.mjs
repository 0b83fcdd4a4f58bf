/**
 * Generates an AO3 entire-work page (`/works/:id?view_full_work=true`) for the benchmark:
 * the real AO3 skeleton (see /work/shared/reference/sites.md) filled with placeholder prose
 * from a seeded pseudo-word generator. No real text is used or copied.
 *
 * Pseudo-words that happen to spell a trigger phrase word or a header label ("war", "tw")
 * are dropped, so the prose itself never declares anything: variant A must come out clear.
 */
import { readFileSync } from 'node:fs';

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every word the warning matcher or the header parser knows: pseudo-words must not be one of them. */
function reservedWords(dataDir) {
  const reserved = new Set();
  const collect = (value) => {
    if (typeof value === 'string') {
      for (const w of value.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) reserved.add(w);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of ['triggers.json', 'vocabulary.json', 'descriptions.json']) {
    try {
      collect(JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')));
    } catch {
      // A missing data file only weakens the filter; variant A's "clear" check still guards the fixture.
    }
  }
  return reserved;
}

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gl', 'h', 'k', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 'st', 't', 'th', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'l', 'r', 's', 'th', 'm', 'nd', 'x'];

export class ProseGenerator {
  constructor(seed, dataDir) {
    this.random = rng(seed);
    const reserved = reservedWords(dataDir);
    const lexicon = new Set();
    const r = rng(seed ^ 0x9e3779b9);
    const pick = (list) => list[Math.floor(r() * list.length)];
    while (lexicon.size < 1500) {
      const syllables = 1 + Math.floor(r() * 3);
      let word = '';
      for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
      if (word.length >= 3 && !reserved.has(word)) lexicon.add(word);
    }
    this.lexicon = [...lexicon];
  }

  /** Zipf-ish: a few words are common, most are rare, like real prose. */
  word() {
    const u = this.random();
    return this.lexicon[Math.floor(this.lexicon.length * u * u * u)];
  }

  /** A sentence of 4–22 words; counts into `counter.words`. */
  sentence(counter) {
    const n = 4 + Math.floor(this.random() * 19);
    const words = [];
    for (let i = 0; i < n; i++) {
      let w = this.word();
      if (i > 0 && i < n - 1 && this.random() < 0.08) w += ',';
      words.push(w);
    }
    counter.words += n;
    const s = words.join(' ');
    const end = this.random() < 0.1 ? '?' : this.random() < 0.05 ? '!' : '.';
    const body = s[0].toUpperCase() + s.slice(1) + end;
    return this.random() < 0.15 ? `“${body}”` : body;
  }

  /** A paragraph of about `target` words. */
  paragraph(target, counter) {
    const start = counter.words;
    const sentences = [];
    while (counter.words - start < target) sentences.push(this.sentence(counter));
    let html = sentences.join(' ');
    if (this.random() < 0.05) html = `<em>${html}</em>`;
    return html;
  }
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** AO3 tag URL escaping: `/`→`*s*`, `&`→`*a*`, `.`→`*d*`, `?`→`*q*`, `#`→`*h*`. */
const tagHref = (tag) =>
  `/tags/${encodeURIComponent(
    tag.replace(/\//g, '*s*').replace(/&/g, '*a*').replace(/\./g, '*d*').replace(/\?/g, '*q*').replace(/#/g, '*h*'),
  )}/works`;
const tagList = (tags) =>
  `<ul class="commas">${tags.map((t) => `<li><a class="tag" href="${tagHref(t)}">${esc(t)}</a></li>`).join('')}</ul>`;

export const VARIANTS = {
  A: {
    label: 'A: No Archive Warnings Apply + Fluff',
    rating: 'General Audiences',
    warnings: ['No Archive Warnings Apply'],
    freeform: ['Fluff', 'Slow Burn', 'Friends to Lovers', 'Found Family', 'Hurt/Comfort', 'Domestic Fluff', 'Happy Ending'],
  },
  B: {
    label: 'B: Major Character Death + Implied/Referenced Suicide',
    rating: 'Mature',
    warnings: ['Major Character Death'],
    freeform: ['Slow Burn', 'Found Family', 'Implied/Referenced Suicide', 'Angst', 'Hurt/Comfort'],
  },
};

/**
 * The probe: first script in <head>, so it runs before anything else of the page. Each
 * animation frame it records the first frame in which the story is readable (#workskin
 * exists, is visibility:visible, and is not gated) and the first frame with a gate card.
 */
const PROBE = `(function () {
  var r = (window.__heedBench = { readable: null, gate: null, dcl: null, frames: 0, state: null });
  document.addEventListener('DOMContentLoaded', function () { r.dcl = performance.now(); }, { once: true });
  function frame() {
    r.frames++;
    var ws = document.getElementById('workskin');
    if (ws) {
      var heed = ws.getAttribute('data-heed');
      r.state = heed;
      if (r.readable === null && heed !== 'warn' && heed !== 'hide' && getComputedStyle(ws).visibility === 'visible') {
        r.readable = performance.now();
      }
    }
    if (r.gate === null && document.querySelector('heed-gate')) r.gate = performance.now();
    if (r.frames < 2000 && (r.readable === null && r.gate === null || document.readyState !== 'complete')) {
      requestAnimationFrame(frame);
    }
  }
  requestAnimationFrame(frame);
})();`;

/**
 * @param {{ variant: 'A'|'B', words?: number, chapters?: number, seed?: number, workId?: number, dataDir: URL }} options
 * @returns {{ html: string, words: number, chapters: number, paragraphs: number }}
 */
export function workPage({ variant, words = 100_000, chapters = 20, seed = 1, workId = 1, dataDir }) {
  const v = VARIANTS[variant];
  if (!v) throw new Error(`Unknown variant ${variant}`);
  // Same seed for both variants: the pages differ only in their tags.
  const gen = new ProseGenerator(seed, dataDir);
  const counter = { words: 0 };
  let paragraphs = 0;
  const title = gen.sentence({ words: 0 }).replace(/[.?!”“,]/g, '').split(' ').slice(0, 4).join(' ');
  const para = (target) => {
    paragraphs++;
    return `<p>${gen.paragraph(target, counter)}</p>`;
  };

  const workSummary = para(40);
  const workNotes = para(30);
  const endNotesWords = 20;
  const perChapter = Math.floor((words - endNotesWords) / chapters);
  const chapterHtml = [];
  for (let c = 1; c <= chapters; c++) {
    const chapterStart = counter.words;
    const chapterTitle = gen.sentence({ words: 0 }).replace(/[.?!”“,]/g, '').split(' ').slice(0, 3).join(' ');
    const summary = para(30);
    const notes = c % 3 === 1 ? para(40) : '';
    const chapterTarget = c === chapters ? words - endNotesWords : chapterStart + perChapter;
    const body = [];
    while (counter.words < chapterTarget) {
      // Mostly short paragraphs, some long ones (about 50 words on average).
      const u = gen.random();
      body.push(para(Math.min(12 + Math.floor(u * u * 115), chapterTarget - counter.words)));
    }
    const endNotes = c % 4 === 0 ? para(25) : '';
    chapterHtml.push(`
<div class="chapter" id="chapter-${c}">
  <div class="chapter preface group" role="complementary">
    <h3 class="title"><a href="/works/${workId}/chapters/${1000 + c}">Chapter ${c}</a>: ${esc(chapterTitle)}</h3>
    <div id="summary" class="summary module">
      <h3 class="heading">Summary:</h3>
      <blockquote class="userstuff">${summary}</blockquote>
    </div>
    ${
      notes
        ? `<div id="notes" class="notes module" role="complementary">
      <h3 class="heading">Notes:</h3>
      <blockquote class="userstuff">${notes}</blockquote>
    </div>`
        : ''
    }
  </div>
  <div class="userstuff module" role="article">
    <h3 class="landmark heading" id="work">Chapter Text</h3>
    ${body.join('\n    ')}
  </div>
  ${
    endNotes
      ? `<div id="chapter_${c}_endnotes" class="chapter preface group" role="complementary">
    <div class="end notes module">
      <h3 class="heading">Notes:</h3>
      <blockquote class="userstuff">${endNotes}</blockquote>
    </div>
  </div>`
      : ''
  }
</div>`);
  }
  const workEndNotes = para(endNotesWords);
  const words_ = counter.words;

  const dd = (cls, label, tags) =>
    `<dt class="${cls} tags">${label}:</dt>\n    <dd class="${cls} tags">${tagList(tags)}</dd>`;

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<script>${PROBE}</script>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(title)} - Chapter 1 - Placeholder Author - Placeholder Fandom [Archive of Our Own]</title>
<style>
  body { font: 100%/1.125 'Lucida Grande', 'Lucida Sans Unicode', sans-serif; margin: 0; color: #2a2a2a; }
  #header { background: #900; color: #fff; padding: 0.5em 1em; }
  #header a { color: #fff; }
  .actions li, .commas li { display: inline; margin-right: 0.5em; }
  dl.work.meta { border: 1px solid #ddd; padding: 0.5em; }
  dl.work.meta dt { float: left; clear: left; font-weight: bold; margin-right: 0.5em; }
  dl.work.meta dd { margin: 0 0 0.5em 10em; }
  .userstuff { font-family: Georgia, serif; padding: 0 1em; }
  .userstuff p { margin: 1.286em auto; }
  .landmark { position: absolute; left: -9999px; }
  .preface { margin: 1em; }
</style>
</head>
<body class="logged-out">
<div id="outer" class="wrapper">
  <ul id="skiplinks"><li><a href="#main">Main Content</a></li></ul>
  <header id="header" class="region">
    <h1 class="heading"><a href="/"><span>Archive of Our Own</span><sup> beta</sup></a></h1>
    <div id="login" class="dropdown"><p class="user actions"><a id="login-dropdown" href="/users/login">Log In</a></p></div>
    <nav aria-label="Site">
      <ul class="primary navigation actions">
        <li class="dropdown"><a href="/menu/fandoms">Fandoms</a></li>
        <li class="dropdown"><a href="/menu/browse">Browse</a></li>
        <li class="dropdown"><a href="/menu/search">Search</a></li>
        <li class="dropdown"><a href="/menu/about">About</a></li>
        <li class="search"><form class="search" id="search" action="/works/search" method="get" role="search"><input class="text" id="site_search" type="text" name="work_search[query]"><input type="submit" value="Search" class="button"></form></li>
      </ul>
    </nav>
  </header>
  <div id="inner" class="wrapper">
    <div id="main" class="works-show region" role="main">
      <div class="work">
        <h2 class="landmark heading">Actions</h2>
        <ul class="work navigation actions" role="menu">
          <li class="chapter entire"><a href="/works/${workId}?view_full_work=false">Chapter by Chapter</a></li>
          <li class="comments" id="show_comments_link_top"><a href="/works/${workId}?show_comments=true">Comments</a></li>
          <li class="share"><a href="/works/${workId}/share">Share</a></li>
          <li class="download" aria-haspopup="true"><a href="#">Download</a></li>
        </ul>
        <div class="wrapper">
          <dl class="work meta group">
            ${dd('rating', 'Rating', [v.rating])}
            <dt class="warning tags"><a href="/tos_faq#tags">Archive Warning</a>:</dt>
            <dd class="warning tags">${tagList(v.warnings)}</dd>
            ${dd('category', 'Category', ['M/M'])}
            ${dd('fandom', 'Fandom', ['Placeholder Fandom'])}
            ${dd('relationship', 'Relationship', ['Character A/Character B'])}
            ${dd('character', 'Characters', ['Character A', 'Character B', 'Character C'])}
            ${dd('freeform', 'Additional Tags', v.freeform)}
            <dt class="language">Language:</dt>
            <dd class="language" lang="en">English</dd>
            <dt class="stats">Stats:</dt>
            <dd class="stats"><dl class="stats">
              <dt class="published">Published:</dt><dd class="published">2024-01-01</dd>
              <dt class="words">Words:</dt><dd class="words">${words_.toLocaleString('en-US')}</dd>
              <dt class="chapters">Chapters:</dt><dd class="chapters">${chapters}/${chapters}</dd>
              <dt class="kudos">Kudos:</dt><dd class="kudos">1,234</dd>
              <dt class="hits">Hits:</dt><dd class="hits">45,678</dd>
            </dl></dd>
          </dl>
        </div>
        <div id="work-skin" class="wrapper">
        <div id="workskin">
          <div class="preface group">
            <h2 class="title heading">${esc(title)}</h2>
            <h3 class="byline heading"><a rel="author" href="/users/placeholder/pseuds/placeholder">placeholder_author</a></h3>
            <div class="summary module">
              <h3 class="heading">Summary:</h3>
              <blockquote class="userstuff">${workSummary}</blockquote>
            </div>
            <div class="notes module">
              <h3 class="heading">Notes:</h3>
              <blockquote class="userstuff">${workNotes}</blockquote>
            </div>
          </div>
          <div id="chapters" role="article">${chapterHtml.join('')}
          </div>
          <div class="afterword preface group">
            <div id="work_endnotes" class="end notes module">
              <h3 class="heading">Notes:</h3>
              <blockquote class="userstuff">${workEndNotes}</blockquote>
            </div>
          </div>
        </div>
        </div>
      </div>
      <div id="feedback" class="feedback">
        <h3 class="landmark heading">Actions</h3>
        <ul class="actions" role="navigation">
          <li><a href="#main">↑ Top</a></li>
          <li><form action="/works/${workId}/kudos" method="post"><input type="submit" value="Kudos ♥" id="kudo_submit"></form></li>
          <li id="show_comments_link"><a href="/works/${workId}?show_comments=true">Comments (42)</a></li>
        </ul>
        <div id="kudos"><p class="kudos">placeholder_reader and 1,233 more users left kudos on this work!</p></div>
        <div id="comments_placeholder" style="display:none;"></div>
      </div>
    </div>
  </div>
  <div id="footer" role="contentinfo" class="region"><h3 class="landmark heading">Footer</h3></div>
</div>
</body>
</html>
`;
  return { html, words: words_, chapters, paragraphs };
}
