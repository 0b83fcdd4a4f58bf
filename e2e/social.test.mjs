/**
 * Tumblr and Wattpad, in real Chromium and Firefox with the built extension: both build their
 * pages with script and load more while the reader scrolls. Markup skeletons as extensions
 * and scrapers see it (hashed class names on Tumblr); placeholder prose.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { T, forEachBrowser } from './harness.mjs';

const TUMBLR_URL = 'https://www.tumblr.com/dashboard';
const WATTPAD_URL = 'https://www.wattpad.com/1234567890-thin-ice-chapter-one';

let nextId = 712345678901234000;
function tumblrPost({ text, tags }) {
  const id = String(nextId++);
  const tagLinks = tags.map((t) => `<a class="KSDLH" href="/tagged/${encodeURIComponent(t)}">#${t}</a>`).join('');
  return `<div class="So6RQ" data-cell-id="timelineObject:${id}"><div tabindex="-1" data-id="${id}" class="BoJis"><div class="zAlrA">
    <article class="FtjPK r0etU" aria-label="Post by placeholder-blog">
      <header class="BjErQ"><a rel="author" href="/placeholder-blog">placeholder-blog</a><button aria-label="Follow">Follow</button></header>
      <div class="GzjsW"><div class="k31gt"><p>${text}</p><p>More placeholder prose about the harbour, the boats and the long winter.</p></div></div>
      <div class="qYCBn"><div class="hAFp3"><div class="mwjNz">${tagLinks}</div></div>
        <footer class="Y8IFm"><span>12 notes</span><button aria-label="Reblog">Reblog</button><button aria-label="Like">Like</button></footer></div>
    </article></div></div></div>`;
}

// The timeline is built by script after load, then one more post arrives "while scrolling".
const TUMBLR_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dashboard | Tumblr</title></head><body>
<div id="root"><header role="banner"><nav aria-label="Navigation"><a href="/dashboard">Home</a> <a href="/explore">Explore</a></nav></header>
<main><div id="timeline" data-timeline="/v2/timeline/dashboard"></div></main><aside><h1>Check out these blogs</h1></aside></div>
<script>
  var posts = ${JSON.stringify([
    tumblrPost({ text: 'A short fic about two lighthouse keepers, first of three.', tags: ['placeholder fandom', 'my writing'] }),
    tumblrPost({ text: 'The second part, posted late at night.', tags: ['tw suicide', 'placeholder fandom'] }),
    tumblrPost({ text: 'A picture of a very round cat.', tags: ['cats'] }),
  ])};
  var later = ${JSON.stringify(tumblrPost({ text: 'The third part, which arrives while scrolling.', tags: ['cw: blood', 'my writing'] }))};
  document.addEventListener('DOMContentLoaded', function () {
    var timeline = document.getElementById('timeline');
    setTimeout(function () { timeline.insertAdjacentHTML('beforeend', posts.join('')); }, 50);
    setTimeout(function () { timeline.insertAdjacentHTML('beforeend', later); }, 400);
  });
</script></body></html>`;

const wattpadPart = (paragraphs) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Thin Ice - Chapter One - Wattpad</title></head><body>
<header id="header" role="banner"><nav><a href="/stories/romance">Romance</a> <a href="/stories/horror">Horror</a></nav></header>
<main id="parts-container-new"><article class="story-part">
  <header class="panel panel-reading text-center"><h1 class="h2">Chapter One: Thin Ice</h1></header>
  <div class="page highlighter first-page" data-page-number="1"><div class="row part-content">
    <div class="col-xs-10 col-sm-10 col-md-7 col-lg-6 panel panel-reading" dir="ltr"><pre>${paragraphs
      .map((p, i) => `<p data-p-id="pid${i}">${p}</p>`)
      .join('')}</pre></div></div></div>
</article></main>
<div id="story-part-navigation"><a class="on-navigate-next" href="/1234567891-next-part">Continue to next part</a></div></body></html>`;

const PROSE = [
  'The lake froze early that year, and the ferry stopped running before anyone was ready.',
  '"We could walk across," Mara said. Nobody laughed, because nobody was sure she was joking.',
  'By morning the ice had a path worn into it.',
];

function tumblrStates(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[tabindex="-1"][data-id] article')].map((article) => {
      const body = article.querySelector('.GzjsW');
      const tags = article.querySelector('.mwjNz');
      return {
        text: body.textContent.trim().slice(0, 12),
        body: body.getAttribute('data-heed'),
        gated: body.inert && body.previousElementSibling?.localName === 'heed-gate',
        tagsReadable: !tags.closest('[inert]') && getComputedStyle(tags).visibility === 'visible',
      };
    }),
  );
}

forEachBrowser((ctx) => {
  it('Tumblr dashboard: only the post tagged "#tw suicide" is gated, and a post arriving later tagged "#cw: blood"', T, async () => {
    const page = await ctx.driver.openPage(TUMBLR_URL, TUMBLR_PAGE);
    await page.waitFor(
      () => {
        const bodies = [...document.querySelectorAll('[tabindex="-1"][data-id] article .GzjsW')];
        return bodies.length === 4 && bodies.every((b) => b.hasAttribute('data-heed'));
      },
      undefined,
      { message: 'all four posts decided' },
    );
    const states = await tumblrStates(page);
    assert.deepEqual(
      states.map((s) => [s.text, s.body, s.gated, s.tagsReadable]),
      [
        ['A short fic ', 'clear', false, true],
        ['The second p', 'warn', true, true],
        ['A picture of', 'clear', false, true],
        ['The third pa', 'warn', true, true],
      ],
    );
    const gates = await page.gates();
    assert.equal(gates.length, 2);
    assert.ok(gates[0].items.join(' ').includes('Suicide') || gates[0].text.includes('Suicide'), gates[0].text);
    assert.ok(gates[1].text.includes('Blood'), gates[1].text);
  });

  it('Wattpad part with "TW: self-harm" at its top is gated; a part without is untouched', T, async () => {
    let page = await ctx.driver.openPage(WATTPAD_URL, wattpadPart(['TW: self-harm', ...PROSE]));
    let [state] = await page.waitForDecision('div.panel.panel-reading');
    assert.equal(state.heed, 'warn');
    assert.equal(state.inert, true);
    const [gate] = await page.gates();
    assert.match(gate.text, /Self-harm/);
    await page.clickButton('Show story');
    [state] = await page.waitForState('div.panel.panel-reading', 'shown');
    assert.equal(state.readable, true);

    page = await ctx.driver.openPage(`${WATTPAD_URL}-clear`, wattpadPart(PROSE));
    [state] = await page.waitForDecision('div.panel.panel-reading');
    assert.equal(state.heed, 'clear');
    assert.equal(state.readable, true);
    assert.deepEqual(await page.gates(), []);
  });
});
