/**
 * Archive of Our Own listings, in real Chromium and Firefox with the built extension: every
 * blurb is its own unit, its summary (`li.blurb > blockquote.summary`) gated behind a compact
 * card while titles, tags, stats and pagination stay usable. Tag works, hidden warnings,
 * bookmarks, the adult-content interstitial, blurbs added after load, and the Hide flow.
 *
 * The last scenario changes a setting through the options page and puts it back.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FIXTURES } from './fixtures/index.mjs';
import {
  T,
  assertHidden,
  assertOutsideUsable,
  assertReadable,
  assertWarned,
  focusIsOn,
  forEachBrowser,
  only,
} from './harness.mjs';

/** Every blurb summary: the unit element on listings (early.css hides it until decided). */
const SUMMARIES = 'li.blurb > blockquote.summary';
/** The summary of the blurb with this id (`work_…` or `bookmark_…`). */
const summaryOf = (id) => `#${id} > blockquote.summary`;

/** The site header and each blurb's furniture: title, fandom, symbols, tags, stats, pagination. */
const LISTING_OUTSIDE = [
  '#header .heading a',
  '#header ul.primary a',
  'li.blurb h4.heading a',
  'li.blurb h5.fandoms a.tag',
  'li.blurb ul.required-tags a',
  'li.blurb ul.tags a.tag',
  'li.blurb dl.stats dd.words',
];

/** The accessible name of each gate card's section, in document order. */
function cardLabels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('heed-gate')].map((host) => host.shadowRoot?.querySelector('section')?.getAttribute('aria-label') ?? null),
  );
}

/** A card's text without its decorative mark. */
const cardText = (gate) => gate.text.replace(/^◐\s*/, '');

/** A compact card: no heading, no reason list, one line and the one show button. */
function assertCompact(gate, { line, button = 'Show story' }) {
  assert.equal(gate.open, true, 'the card lives in an open shadow root');
  assert.equal(gate.heading, '', 'a compact card has no heading');
  assert.deepEqual(gate.items, [], 'a compact card has no list of reasons');
  assert.deepEqual(gate.buttons, [button], 'only the show button: no "Go back", no "Heed settings"');
  assert.equal(cardText(gate), `${line} ${button}`);
}

forEachBrowser((ctx) => {
  it('gates each blurb of a tag listing on its own: two compact cards, two readable summaries', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Listing.url);
    const states = await page.waitForDecision(SUMMARIES);
    assert.deepEqual(
      states.map((s) => s.id),
      ['work_1000011', 'work_1000012', 'work_1000013', 'work_1000014'],
    );
    const [mcd, kite, suicide, bell] = states;
    assertWarned(mcd);
    assertReadable(kite, 'clear');
    assertWarned(suicide);
    assertReadable(bell, 'clear');

    const gates = await page.gates();
    assert.deepEqual(gates.map((g) => g.guards), ['work_1000011', 'work_1000013'], 'one card per gated blurb, right before its summary');
    assert.deepEqual(gates.map((g) => g.guardsHeed), ['warn', 'warn']);
    assert.deepEqual(await cardLabels(page), ['Content warning', 'Content warning']);
    // Tag and icon both say Major Character Death: named once.
    assertCompact(gates[0], { line: 'Content warning: Character death (from AO3 archive warning)' });
    assertCompact(gates[1], { line: 'Content warning: Suicide (mentioned or implied · from AO3 tag)' });

    await assertOutsideUsable(page, [...LISTING_OUTSIDE, '#main > h2.heading a.tag', 'ol.pagination a']);
  });

  it('"Show story" on one blurb reveals only that summary and moves focus into it', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Listing.url);
    await page.waitForDecision(SUMMARIES);
    await page.clickButton('Show story', { gateOf: summaryOf('work_1000013') });
    await page.waitForState(summaryOf('work_1000013'), 'shown');
    const [mcd, kite, suicide, bell] = await page.state(SUMMARIES);
    assertWarned(mcd);
    assertReadable(kite, 'clear');
    assertReadable(suicide, 'shown');
    assertReadable(bell, 'clear');
    assert.deepEqual((await page.gates()).map((g) => g.guards), ['work_1000011'], 'only the opened card is gone');
    assert.equal(await focusIsOn(page, summaryOf('work_1000013')), true, `focus: ${await page.focusedDescription()}`);
  });

  it('hidden warnings on a listing: the icon title still names Major Character Death, so that blurb is gated', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3ListingHidden.url);
    const [lowWater, cocoa, ...rest] = await page.waitForDecision(SUMMARIES);
    assert.equal(rest.length, 0, 'two blurbs');
    assertWarned(lowWater);
    assert.equal(lowWater.id, 'work_1000031');
    // Its icon says "No Archive Warnings Apply": known, even with the tags hidden.
    assertReadable(cocoa, 'clear');
    assert.equal(cocoa.id, 'work_1000032');
    const [gate, ...more] = await page.gates();
    assert.equal(more.length, 0, 'one card');
    assert.equal(gate.guards, 'work_1000031');
    assertCompact(gate, { line: 'Content warning: Character death (from AO3 archive warning)' });
    // AO3's own "Show warnings" links stay usable.
    await assertOutsideUsable(page, [...LISTING_OUTSIDE, 'li.blurb ul.tags li.warnings a[data-remote]']);
  });

  it("bookmarks: the bookmarker's own tag \"suicide\" is not the work's warning", T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Bookmarks.url);
    const [snowed, wreck, ...rest] = await page.waitForDecision(SUMMARIES);
    assert.equal(rest.length, 0, 'two bookmark blurbs');
    assert.equal(snowed.id, 'bookmark_700001');
    assertReadable(snowed, 'clear');
    // The other bookmark proves bookmark blurbs are read at all: its work's warning gates it.
    assert.equal(wreck.id, 'bookmark_700002');
    assertWarned(wreck);
    const [gate, ...more] = await page.gates();
    assert.equal(more.length, 0, 'one card');
    assert.equal(gate.guards, 'bookmark_700002');
    assertCompact(gate, { line: 'Content warning: Violence (graphic · from AO3 archive warning)' });
    assert.doesNotMatch(await page.gateText(), /suicide/i);
    // The bookmarker's tags and notes are outside every summary, and usable.
    await assertOutsideUsable(page, [...LISTING_OUTSIDE, 'div.user.module ul.meta.tags a.tag', 'div.user.module blockquote.notes']);
  });

  it('adult interstitial: the blurb summary is gated, "Yes, Continue" stays usable and leads to the gated work', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Adult.url);
    const blurb = only(await page.waitForDecision(SUMMARIES), 'blurb summary');
    assertWarned(blurb);
    assert.equal(blurb.id, 'work_1000005');
    const [gate] = await page.gates();
    assertCompact(gate, { line: 'Content warning: Character death (from AO3 archive warning)' });
    await assertOutsideUsable(page, ['p.caution.notice', '#main ul.actions a', 'li.blurb h4.heading a', 'li.blurb ul.tags a.tag']);

    await page.clickLink('Yes, Continue');
    await page.waitFor((url) => location.href === url && document.readyState === 'complete', FIXTURES.ao3AdultContinue.url, {
      message: 'the work page after "Yes, Continue"',
    });
    const work = only(await page.waitForDecision());
    assert.equal(work.id, 'workskin');
    assertWarned(work);
    const [workGate, ...more] = await page.gates();
    assert.equal(more.length, 0);
    assert.deepEqual(workGate.items, ['Character death — from AO3 archive warning']);
    assert.deepEqual(workGate.buttons, ['Show story', 'Go back', 'Heed settings'], 'the work page has the full card');
  });

  it('a blurb added after load is gated too, and its summary is never readable before it is decided', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3ListingAppend.url);
    await page.bringToFront(); // animation frames run in the tab in front
    const probesFor = (id) => page.evaluate((id) => window.__heedAppendProbe.filter((p) => p.id === id).length, id);
    await page.waitFor((id) => window.__heedAppendProbe.filter((p) => p.id === id).length === 4, 'work_1000052', {
      message: 'the blurb the page adds 150 ms after load, and its four probes',
    });
    await page.clickButton('Load more works');
    await page.waitFor((id) => window.__heedAppendProbe.filter((p) => p.id === id).length === 4, 'work_1000053', {
      message: 'the blurb "Load more works" adds, and its four probes',
    });
    assert.equal(await probesFor('work_1000052'), 4);

    const probe = await page.evaluate(() => window.__heedAppendProbe);
    for (const p of probe) {
      assert.ok(p.textLength > 20, `${p.id} ${p.when}: the summary text is in the DOM`);
      if (!p.dataHeed) assert.equal(p.unreadable, true, `${p.id} ${p.when}: undecided summary was readable: ${JSON.stringify(p)}`);
    }
    const at = (id, when) => probe.find((p) => p.id === id && p.when === when);
    for (const id of ['work_1000052', 'work_1000053']) {
      // In the inserting task Heed cannot have run: only the early CSS keeps the summary unread.
      assert.deepEqual(
        { dataHeed: at(id, 'same task').dataHeed, unreadable: at(id, 'same task').unreadable },
        { dataHeed: null, unreadable: true },
        `${id} in the inserting task`,
      );
    }
    // Mutations are handled once per frame: decided by the frame after the insertion.
    assert.equal(at('work_1000052', 'frame after').dataHeed, 'warn');
    assert.equal(at('work_1000052', 'frame after').unreadable, true);
    assert.equal(at('work_1000053', 'frame after').dataHeed, 'clear');
    assert.equal(at('work_1000053', 'frame after').unreadable, false);

    const [first, gated, loaded, ...rest] = await page.waitForDecision(SUMMARIES);
    assert.equal(rest.length, 0, 'three blurbs');
    assertReadable(first, 'clear');
    assert.equal(gated.id, 'work_1000052');
    assertWarned(gated);
    assert.equal(loaded.id, 'work_1000053');
    assertReadable(loaded, 'clear');
    const [gate, ...more] = await page.gates();
    assert.equal(more.length, 0, 'one card');
    assert.equal(gate.guards, 'work_1000052');
    assertCompact(gate, { line: 'Content warning: Character death (from AO3 archive warning)' });
  });

  it('the appended-blurb probe does see a readable summary where Heed does not run (control)', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.appendControl.url);
    await page.bringToFront();
    await page.waitFor(() => window.__heedAppendProbe.length === 4, undefined, { message: 'the appended blurb and its probes' });
    const probe = await page.evaluate(() => window.__heedAppendProbe);
    for (const p of probe) assert.deepEqual({ when: p.when, dataHeed: p.dataHeed, unreadable: p.unreadable }, { when: p.when, dataHeed: null, unreadable: false });
  });

  it('Hide on a listing: the open tab collapses that summary; "Show anyway" then "Yes, show it" reveals it', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ao3Listing.url);
    await page.waitForDecision(SUMMARIES);
    const options = await ctx.driver.openOptions();
    try {
      await options.checkRadio('Suicide', 'Hide');
      await page.bringToFront();
      assertHidden(only(await page.waitForState(summaryOf('work_1000013'), 'hide')));
      const [mcd, kite, , bell] = await page.state(SUMMARIES);
      assertWarned(mcd);
      assertReadable(kite, 'clear');
      assertReadable(bell, 'clear');
      assert.deepEqual(await cardLabels(page), ['Content warning', 'Hidden by Heed']);
      let gate = (await page.gates())[1];
      assert.equal(gate.guards, 'work_1000013');
      assertCompact(gate, { line: 'Summary hidden: Suicide (mentioned or implied · from AO3 tag)', button: 'Show anyway' });

      await page.clickButton('Show anyway', { gateOf: summaryOf('work_1000013') });
      gate = (await page.gates())[1];
      assert.deepEqual(gate.buttons, ['Yes, show it', 'Cancel']);
      assertHidden(only(await page.state(summaryOf('work_1000013'))));
      // The card moves focus in an effect, after it has rendered the confirmation: wait for it.
      await page
        .waitFor(
          () => {
            const host = document.activeElement;
            return host?.localName === 'heed-gate' && host.shadowRoot.activeElement?.textContent.trim() === 'Yes, show it';
          },
          undefined,
          { timeout: 2_000, message: 'focus on "Yes, show it"' },
        )
        .catch(async () => assert.fail(`focus moves to the confirm button, not ${await page.focusedDescription()}`));

      await page.clickButton('Yes, show it', { gateOf: summaryOf('work_1000013') });
      assertReadable(only(await page.waitForState(summaryOf('work_1000013'), 'shown')), 'shown');
      assert.equal(await focusIsOn(page, summaryOf('work_1000013')), true, `focus: ${await page.focusedDescription()}`);
      assertWarned(only(await page.state(summaryOf('work_1000011'))));
    } finally {
      await options.checkRadio('Suicide', 'Warn').catch(() => {});
      await options.close();
    }
  });
});
