/**
 * Archive of Our Own work pages, in real Chromium and Firefox with the built extension:
 * archive warnings and tags decide; "Creator Chose Not To Use Archive Warnings" and
 * warnings hidden by the reader's AO3 preferences are Unknown, never "no warnings".
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FIXTURES } from './fixtures/index.mjs';
import { T, assertOutsideUsable, assertReadable, assertWarned, focusIsOn, forEachBrowser, only } from './harness.mjs';

/** The site header, the work's meta block (rating, warnings, tags), the kudos/comments area. */
const AO3_OUTSIDE = [
  '#header .heading a',
  '#header ul.primary a',
  'ul.work.navigation.actions a',
  'dl.work.meta dd.rating a.tag',
  'dl.work.meta dd.freeform a.tag',
  '#feedback #kudo_submit',
  '#comments_placeholder .comment-text',
];

forEachBrowser((ctx) => {
  it('gates a work with "Major Character Death" and names it from the archive warning', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Mcd.url);
    const s = only(await page.waitForDecision());
    assertWarned(s);
    assert.equal(s.id, 'workskin');
    const [gate, ...more] = await page.gates();
    assert.equal(more.length, 0, 'one card');
    assert.equal(gate.guards, 'workskin');
    assert.match(gate.heading, /Content warning/);
    assert.ok(gate.items.includes('Character death — from AO3 archive warning'), `card items: ${JSON.stringify(gate.items)}`);
    assert.deepEqual(gate.buttons, ['Show story', 'Go back', 'Heed settings']);
    // The warnings themselves stay readable above the story: they are how the reader decides.
    const warningTag = await page.evaluate(() => {
      const a = document.querySelector('dd.warning.tags a.tag');
      return { text: a.textContent, inert: !!a.closest('[inert]'), visibility: getComputedStyle(a).visibility };
    });
    assert.deepEqual(warningTag, { text: 'Major Character Death', inert: false, visibility: 'visible' });
    await assertOutsideUsable(page, [...AO3_OUTSIDE, 'dl.work.meta dd.warning a.tag']);
  });

  it('"Show story" by mouse reveals the whole work (title, summary, chapter, end notes)', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Mcd.url);
    assertWarned(only(await page.waitForDecision()));
    await page.clickButton('Show story');
    assertReadable(only(await page.waitForState('#workskin', 'shown')), 'shown');
    assert.equal(await focusIsOn(page, '#workskin'), true, `focus: ${await page.focusedDescription()}`);
    const parts = await page.evaluate(() =>
      ['.preface h2.title', '.summary blockquote', '#chapters .userstuff p', '#work_endnotes blockquote'].map((sel) => {
        const el = document.querySelector(sel);
        return { sel, visible: getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0, inert: !!el.closest('[inert]') };
      }),
    );
    for (const p of parts) assert.deepEqual(p, { sel: p.sel, visible: true, inert: false });
  });

  it('leaves a "No Archive Warnings Apply" + fluff work clear and untouched', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Nawa.url);
    assertReadable(only(await page.waitForDecision()), 'clear');
    assert.equal(await page.evaluate(() => document.querySelectorAll('heed-gate').length), 0);
    await assertOutsideUsable(page, AO3_OUTSIDE);
  });

  it('gates "Creator Chose Not To Use Archive Warnings" as Unknown warnings', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Ccntw.url);
    assertWarned(only(await page.waitForDecision()));
    const [gate] = await page.gates();
    assert.deepEqual(gate.items, ['Unknown warnings — the author chose not to warn · from AO3 archive warning']);
    await assertOutsideUsable(page, AO3_OUTSIDE);
  });

  it('gates a work whose warnings the reader\'s AO3 preferences hide as Unknown warnings', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Hidden.url);
    assertWarned(only(await page.waitForDecision()));
    const [gate] = await page.gates();
    assert.equal(gate.items.length, 1, `card items: ${JSON.stringify(gate.items)}`);
    assert.match(gate.items[0], /^Unknown warnings — your AO3 preferences hide the warnings\b.*from AO3 archive warning$/);
    // AO3's own "Show warnings" link stays usable outside the story.
    await assertOutsideUsable(page, [...AO3_OUTSIDE, '#work_1000004_category_warnings a']);
  });
});
