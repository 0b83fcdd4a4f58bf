/**
 * Content that arrives after load, in real Chromium and Firefox with the built extension:
 * AO3's "Show warnings" loading the hidden tags into a work page (Heed reads the work again),
 * and a Dreamwidth cut expanded on a recent page (the text under it is gated on its own).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FIXTURES } from './fixtures/index.mjs';
import { T, assertOutsideUsable, assertReadable, assertWarned, focusIsOn, forEachBrowser, only } from './harness.mjs';

const AO3_OUTSIDE = ['#header .heading a', 'ul.work.navigation.actions a', 'dl.work.meta dd.freeform a.tag', '#feedback #kudo_submit'];

/** Opens a work whose warnings the reader hides, checks it is gated as Unknown, and clicks "Show warnings". */
async function showWarnings(ctx, fixture, tag) {
  const page = await ctx.driver.openPage(fixture.url);
  assertWarned(only(await page.waitForDecision()));
  const [gate] = await page.gates();
  assert.equal(gate.items.length, 1, `card items: ${JSON.stringify(gate.items)}`);
  assert.match(gate.items[0], /^Unknown warnings — your AO3 preferences hide the warnings\b/);
  // Survives only if the page is never reloaded.
  await page.evaluate(() => (window.__sameDocument = true));
  await page.bringToFront(); // animation frames run in the tab in front
  await page.clickLink('Show warnings');
  await page.waitFor((tag) => window.__heedWarningsLoaded === tag, tag, { message: `AO3's answer "${tag}" in the meta block` });
  return page;
}

/** The expanded text under entry `id`'s cut. */
const cutOf = (id) => `#div-cuttag_heedtest_${id}_1`;

/** Opens the recent page: both entries clear above their folded, still undecided cuts. */
async function openRecentCuts(ctx) {
  const page = await ctx.driver.openPage(FIXTURES.dwRecentCuts.url);
  await page.bringToFront();
  const entries = await page.waitForDecision('.entry-content');
  assert.deepEqual(entries.map((e) => e.id), ['entry-2048', 'entry-2049']);
  for (const e of entries) assertReadable(e, 'clear');
  assert.equal((await page.gates()).length, 0, 'no card before any cut is expanded');
  const folded = await page.state('div[id^="div-cuttag_"]');
  assert.deepEqual(folded.map((c) => [c.heed, c.display]), [[null, 'none'], [null, 'none']], 'the folded cuts are empty and pending');
  return page;
}

/** The page's probes for one expanded cut, checked: never readable while undecided; decided by the frame after. */
async function assertCutProbes(page, entry, decided) {
  await page.waitFor((entry) => window.__heedCutProbe.filter((p) => p.entry === entry).length === 3, entry, {
    message: `the three probes of entry ${entry}'s cut`,
  });
  const probe = await page.evaluate((entry) => window.__heedCutProbe.filter((p) => p.entry === entry), entry);
  for (const p of probe) {
    assert.ok(p.textLength > 50, `${p.when}: the text under the cut is in the DOM`);
    if (!p.dataHeed) assert.equal(p.unreadable, true, `${p.when}: undecided cut text was readable: ${JSON.stringify(p)}`);
  }
  const [sameTask, , frameAfter] = probe;
  assert.deepEqual([sameTask.when, sameTask.dataHeed, sameTask.unreadable], ['same task', null, true], 'hidden in the expanding task by the early CSS');
  assert.deepEqual([frameAfter.when, frameAfter.dataHeed], ['frame after', decided], 'decided by the frame after the expansion');
}

forEachBrowser((ctx) => {
  it(
    'AO3 "Show warnings" loading "No Archive Warnings Apply" releases the work, without reload',
    T,
    async () => {
      const page = await showWarnings(ctx, FIXTURES.ao3ShowWarningsNawa, 'No Archive Warnings Apply');
      const s = only(await page.waitForState('#workskin', 'clear'));
      assert.deepEqual(await page.gates(), [], 'no card left on the page');
      assertReadable(s, 'clear');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'released without a reload');
      await assertOutsideUsable(page, [...AO3_OUTSIDE, 'dl.work.meta dd.warning a.tag']);
    },
  );

  it('AO3 "Show warnings" loading "Major Character Death" turns the Unknown card into "Character death"', T, async () => {
    const page = await showWarnings(ctx, FIXTURES.ao3ShowWarningsMcd, 'Major Character Death');
    await page.waitFor(
      () => document.querySelector('heed-gate')?.shadowRoot?.textContent.includes('Character death'),
      undefined,
      { message: 'the card to name Character death' },
    );
    assertWarned(only(await page.state()));
    const gates = await page.gates();
    assert.equal(gates.length, 1, 'still one card');
    assert.equal(gates[0].guards, 'workskin');
    assert.deepEqual(gates[0].items, ['Character death — from AO3 archive warning'], 'no longer Unknown');
    assert.deepEqual(gates[0].buttons, ['Show story', 'Go back', 'Heed settings']);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 're-decided without a reload');
    await assertOutsideUsable(page, [...AO3_OUTSIDE, 'dl.work.meta dd.warning a.tag']);
  });

  it('Dreamwidth cut expanded after load with a "Warnings: suicide" header gets its own card; the text above stays readable', T, async () => {
    const page = await openRecentCuts(ctx);
    await page.clickLink('Read more...', { within: '#entry-2048' });
    const cut = only(await page.waitForDecision(cutOf(2048)));
    assertWarned(cut);
    await assertCutProbes(page, '2048', 'warn');

    const [gate, ...more] = await page.gates();
    assert.equal(more.length, 0, 'one card');
    assert.equal(gate.guards, 'div-cuttag_heedtest_2048_1');
    assert.deepEqual(gate.items, ["Suicide — from author's header"]);
    assert.deepEqual(gate.buttons, ['Show story', 'Go back', 'Heed settings']);
    const place = await page.evaluate(() => {
      const host = document.querySelector('heed-gate');
      return { parent: host.parentElement.closest('.entry')?.id, inEntryBody: host.parentElement.matches('.entry-content') };
    });
    assert.deepEqual(place, { parent: 'entry-2048', inEntryBody: true }, 'the card sits inside the entry, right before the expanded text');
    // The entry's own text above the cut, and the other entry, stay as they were.
    const [entry, other] = await page.state('.entry-content');
    assertReadable(entry, 'clear');
    assertReadable(other, 'clear');
    await assertOutsideUsable(page, ['#header h1 a', '#navigation a', '.entry-title a', '.tag a[rel="tag"]', '.navigation a']);

    await page.clickButton('Show story');
    assertReadable(only(await page.waitForState(cutOf(2048), 'shown')), 'shown');
    assert.equal(await focusIsOn(page, cutOf(2048)), true, `focus: ${await page.focusedDescription()}`);
  });

  it('Dreamwidth cut expanded after load with no header is released (clear), never shown undecided', T, async () => {
    const page = await openRecentCuts(ctx);
    await page.clickLink('Read more...', { within: '#entry-2049' });
    assertReadable(only(await page.waitForDecision(cutOf(2049))), 'clear');
    await assertCutProbes(page, '2049', 'clear');
    assert.equal((await page.gates()).length, 0, 'no card');
    const [entry, other] = await page.state('.entry-content');
    assertReadable(entry, 'clear');
    assertReadable(other, 'clear');
    // The other entry's cut is still folded and pending.
    assert.equal(only(await page.state(cutOf(2048))).heed, null);
  });
});
