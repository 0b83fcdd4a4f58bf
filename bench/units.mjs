/**
 * Per-unit figures for `npm run bench`: an AO3 listing of 100 blurbs (every fourth warned),
 * and a Dreamwidth reading page that appends 1,000 entries over time (every tenth warned),
 * as infinite scroll does. Prints Heed's main-thread time (its heed:* measures) in total and
 * per unit, and checks every unit was decided — a measurement that decided nothing fails.
 */
import { ProseGenerator } from './fixture.mjs';

export const LISTING_URL = 'https://archiveofourown.org/tags/Fluff/works';
export const APPEND_URL = 'https://heedbench.dreamwidth.org/read';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blurb(prose, id, warned) {
  const counter = { words: 0 };
  const warnings = warned ? ['Major Character Death'] : ['No Archive Warnings Apply'];
  const freeforms = warned ? ['Angst', 'Implied/Referenced Suicide'] : ['Fluff', 'Slow Burn', 'Found Family'];
  return `<li id="work_${id}" class="work blurb group work-${id} user-1" role="article">
  <div class="header module"><h4 class="heading"><a href="/works/${id}">${esc(prose.sentence(counter))}</a> by <a rel="author" href="/users/a${id}">a${id}</a></h4>
   <ul class="required-tags"><li><a class="help symbol question modal" title="Symbols key" href="/help/symbols-key.html"><span class="rating-teen rating" title="Teen And Up Audiences"><span class="text">Teen And Up Audiences</span></span></a></li>
   <li><a class="help symbol question modal" title="Symbols key" href="/help/symbols-key.html"><span class="${warned ? 'warning-yes' : 'warning-no'} warnings" title="${warnings.join(', ')}"><span class="text">${warnings.join(', ')}</span></span></a></li></ul></div>
  <ul class="tags commas">${warnings.map((w) => `<li class="warnings"><strong><a class="tag" href="/tags/x/works">${w}</a></strong></li>`).join(' ')}
   <li class="relationships"><a class="tag" href="/tags/x/works">A/B</a></li>${freeforms.map((f) => `<li class="freeforms"><a class="tag" href="/tags/x/works">${f}</a></li>`).join(' ')}</ul>
  <blockquote class="userstuff summary"><p>${esc(prose.paragraph(60, counter))}</p></blockquote>
  <dl class="stats"><dt class="words">Words:</dt><dd class="words">${1000 + id}</dd></dl></li>`;
}

export function listingPage(dataDir, blurbs = 100) {
  const prose = new ProseGenerator(7, dataDir);
  const items = Array.from({ length: blurbs }, (_, i) => blurb(prose, i + 1, i % 4 === 0)).join('\n');
  return `<!DOCTYPE html><html><head><title>Fluff - Works | Archive of Our Own</title></head><body>
<div id="outer"><div id="header"><h1 class="heading"><a href="/">Archive of Our Own</a></h1></div>
<div id="main" class="works-index"><h2 class="heading">1 - ${blurbs} of ${blurbs} Works in Fluff</h2>
<ol class="work index group">${items}</ol></div></div></body></html>`;
}

/** Entries arrive in batches of 20, one batch every other frame, until `total` are on the page. */
export function appendPage(dataDir, total = 1000) {
  const prose = new ProseGenerator(11, dataDir);
  const entries = Array.from({ length: total }, (_, i) => {
    const counter = { words: 0 };
    const header = i % 10 === 0 ? 'Title: Part ' + i + '<br />WARNING: Character death!<br /><br />' : '';
    return `${header}${esc(prose.paragraph(80, counter))}<br />${esc(prose.paragraph(80, counter))}`;
  });
  return `<!DOCTYPE html><html><head><title>Reading page</title></head><body>
<div id="entries"></div>
<script>
(function () {
  var bodies = ${JSON.stringify(entries)};
  var next = 0, list = document.getElementById('entries');
  window.__heedAppend = { done: false, entries: bodies.length };
  function batch() {
    var html = '';
    for (var i = 0; i < 20 && next < bodies.length; i++, next++) {
      html += '<div class="entry-wrapper"><div class="entry"><div class="inner"><h3 class="entry-title">Entry ' + next + '</h3>' +
        '<div class="contents"><div class="inner"><div class="entry-content">' + bodies[next] + '</div></div></div></div></div></div>';
    }
    list.insertAdjacentHTML('beforeend', html);
    if (next < bodies.length) requestAnimationFrame(function () { requestAnimationFrame(batch); });
    else window.__heedAppend.done = true;
  }
  document.addEventListener('DOMContentLoaded', function () { requestAnimationFrame(batch); });
})();
</script></body></html>`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Loads each page `runs` times in Chromium with Heed and returns medians of Heed's own time. */
export async function measureUnits({ launch, tempDir, extensionDir, dataDir, runs }) {
  const pages = { [LISTING_URL]: listingPage(dataDir), [APPEND_URL]: appendPage(dataDir) };
  const context = await launch(tempDir('heed-bench-units-'), extensionDir);
  try {
    for (const url of Object.keys(pages)) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: pages[url] }),
      );
    }
    const results = { listing: [], append: [] };
    for (let run = 0; run <= runs; run++) {
      for (const [kind, url, selector, units] of [
        ['listing', LISTING_URL, 'li.blurb > blockquote.summary', 100],
        ['append', APPEND_URL, '.entry-content', 1000],
      ]) {
        const page = await context.newPage();
        try {
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          if (kind === 'append') await page.waitForFunction(() => window.__heedAppend?.done, null, { timeout: 60_000 });
          await page.waitForFunction(
            ({ sel, n }) => {
              const all = document.querySelectorAll(sel);
              return all.length === n && [...all].every((el) => el.hasAttribute('data-heed'));
            },
            { sel: selector, n: units },
            { timeout: 60_000 },
          );
          const figures = await page.evaluate((sel) => {
            const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('heed:'));
            const states = [...document.querySelectorAll(sel)].map((el) => el.getAttribute('data-heed'));
            return {
              total: measures.reduce((t, m) => t + m.duration, 0),
              batches: measures.filter((m) => m.name === 'heed:mutations').length,
              longest: Math.max(0, ...measures.map((m) => m.duration)),
              gated: states.filter((s) => s === 'warn' || s === 'hide').length,
              clear: states.filter((s) => s === 'clear').length,
            };
          }, selector);
          const expectedGated = kind === 'listing' ? 25 : 100;
          if (figures.gated !== expectedGated || figures.clear !== units - expectedGated) {
            throw new Error(`${kind}: expected ${expectedGated} gated and ${units - expectedGated} clear, got ${JSON.stringify(figures)}`);
          }
          if (run > 0) results[kind].push({ ...figures, units });
        } finally {
          await page.close();
        }
      }
    }
    const summarize = (list) => ({
      units: list[0]?.units ?? 0,
      total: median(list.map((r) => r.total)),
      perUnit: median(list.map((r) => (r.total / r.units) * 1000)),
      longest: median(list.map((r) => r.longest)),
      batches: median(list.map((r) => r.batches)),
      range: [Math.min(...list.map((r) => r.total)), Math.max(...list.map((r) => r.total))],
    });
    return { listing: summarize(results.listing), append: summarize(results.append) };
  } finally {
    await context.close();
  }
}

export function unitsReport(units, runs) {
  const fmt = (x) => `${x.toFixed(1)} ms`;
  const rows = [
    ['AO3 listing, 100 blurbs (25 gated)', units.listing],
    ['1,000 entries appended over time (100 gated)', units.append],
  ];
  const out = [`5. Many units: Heed's own main-thread time (heed:*), median of ${runs} runs`];
  for (const [label, u] of rows) {
    out.push(`   ${label}`);
    out.push(`      total ${fmt(u.total)} [${u.range.map((x) => x.toFixed(1)).join('–')}], per unit ${u.perUnit.toFixed(0)} µs, longest single task ${fmt(u.longest)}, observer batches ${u.batches}`);
  }
  return out.join('\n');
}
