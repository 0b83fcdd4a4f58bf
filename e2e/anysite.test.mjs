/**
 * Any site on request: a page at a domain Heed does not know is untouched until the reader
 * adds the site; then its main content is gated from the warning header at its top; removing
 * the site stops Heed there. Adding needs the browser's permission prompt answered, which only
 * Firefox can do in automation (a pref), so the add/remove steps run in Firefox; the
 * untouched-before-adding check runs in both.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { T, forEachBrowser } from './harness.mjs';

const HOST = 'stories.heed-example.net';
const URL_ = `https://${HOST}/2024/05/snow.html`;
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Snow - a personal archive</title></head>
<body><header><h1><a href="/">A personal archive</a></h1><nav><a href="/stories/">Stories</a></nav></header>
<main><h2>Snow</h2><p>Title: Snow<br>Warning: suicide<br>Words: 1,200</p><hr>
<p>The lighthouse keeper counted the boats as they came back in, one by one, until the harbour was full.</p>
<p>Nobody spoke on the pier; the wind had taken the words out of everyone, and the lamps swung.</p>
<p>Placeholder prose for a test page, long enough to be the main text of the page and nothing else.</p></main>
<footer><p>Comments are closed.</p></footer></body></html>`;

async function mainState(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    return { heed: main.getAttribute('data-heed'), inert: main.inert, gate: main.previousElementSibling?.localName === 'heed-gate' };
  });
}

forEachBrowser((ctx) => {
  it('a site Heed does not know is left exactly as it is', T, async () => {
    const page = await ctx.driver.openPage(URL_, PAGE);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await mainState(page), { heed: null, inert: false, gate: false });
  });

  it('"Add a site" in the settings: the site is then gated from its header; "Remove" stops it', { ...T, skip: ctx.name !== 'firefox' && 'Chromium cannot answer the permission prompt in automation' }, async () => {
    const options = await ctx.driver.openOptions();
    await options.raw.type('#add-site', HOST);
    await options.clickButton('Add site');
    await options.waitFor(() => /Added/.test(document.querySelector('.sites [role="status"]')?.textContent ?? ''), undefined, {
      message: 'the "Added" message',
    });
    await options.waitFor((host) => [...document.querySelectorAll('.site-list li')].some((li) => li.textContent.includes(host)), HOST, {
      message: 'the site in the list',
    });

    // The background registers the script when the permission arrives: allow it a moment.
    let state;
    for (let i = 0; i < 20; i++) {
      const page = await ctx.driver.openPage(URL_);
      await new Promise((r) => setTimeout(r, 250));
      state = await mainState(page);
      if (state.heed) break;
    }
    assert.deepEqual(state, { heed: 'warn', inert: true, gate: true });
    const [gate] = await ctx.driver.page.gates();
    assert.ok(gate.items.some((item) => /^Suicide — from author's header/.test(item)), JSON.stringify(gate.items));

    await options.clickButton(`Remove ${HOST}`);
    await options.waitFor((host) => ![...document.querySelectorAll('.site-list li')].some((li) => li.textContent.includes(host)), HOST, {
      message: 'the site gone from the list',
    });
    for (let i = 0; i < 20; i++) {
      const page = await ctx.driver.openPage(URL_);
      await new Promise((r) => setTimeout(r, 250));
      state = await mainState(page);
      if (!state.heed) break;
    }
    assert.deepEqual(state, { heed: null, inert: false, gate: false });
  });
});
