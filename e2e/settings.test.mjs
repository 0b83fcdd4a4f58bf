/**
 * The options page and what it changes, in real Chromium and Firefox with the built
 * extension: radio groups per trigger, saving to storage.sync at once, open tabs
 * re-deciding without reload, and the Hide flow ("Show anyway" → "Yes, show it").
 *
 * Scenarios here depend on each other's settings and run in order.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FIXTURES } from './fixtures/index.mjs';
import { T, assertHidden, assertReadable, assertWarned, focusIsOn, forEachBrowser, only } from './harness.mjs';

/** The stored settings, read from the options page (an extension page can read storage.sync). */
function storedSettings(options) {
  return options.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.sync.get('settings')).settings ?? null;
  });
}

forEachBrowser((ctx) => {
  /** The options tab, opened once and kept for the whole file. */
  let options;

  it('names each trigger as a radio group with Show, Warn and Hide, set to its default', T, async () => {
    options = await ctx.driver.openOptions();
    for (const name of ['Character death', 'Suicide', 'Self-harm', 'Violence', 'Unknown warnings', 'Other warnings']) {
      assert.deepEqual(await options.radioGroup(name), { checked: 'Warn', names: ['Show', 'Warn', 'Hide'] }, name);
    }
    for (const name of ['Sexual content', 'Alcohol', 'Cheating']) {
      assert.equal((await options.radioGroup(name)).checked, 'Show', `${name} is mild: Show by default`);
    }
    assert.equal(await storedSettings(options), null, 'a fresh profile stores nothing until the reader changes something');
  });

  it('a change in the options page re-decides an already open tab, without reload', T, async () => {
    const story = await ctx.driver.openPage(FIXTURES.dwSeed.url);
    assertWarned(only(await story.waitForDecision()));
    // Survives only if the tab is never reloaded.
    await story.evaluate(() => (window.__sameDocument = true));
    const sameDocument = () => story.evaluate(() => window.__sameDocument === true);

    // Warn → Show: the gated entry is released.
    await options.checkRadio('Character death', 'Show');
    assertReadable(only(await story.waitForState('.entry-content', 'clear')), 'clear');
    assert.equal(await story.evaluate(() => document.querySelectorAll('heed-gate').length), 0, 'the card is gone');
    assert.equal(await sameDocument(), true, 'released without a reload');
    const saved = await storedSettings(options);
    assert.deepEqual(Object.values(saved?.actions ?? {}), ['show'], `saved to storage.sync at once: ${JSON.stringify(saved)}`);

    // Show → Warn: the now-clear entry is gated again.
    await options.checkRadio('Character death', 'Warn');
    assertWarned(only(await story.waitForState('.entry-content', 'warn')));
    assert.match((await story.gates())[0].heading, /Content warning/);
    assert.equal(await sameDocument(), true);

    // Warn → Hide: the open tab collapses it…
    await options.checkRadio('Character death', 'Hide');
    assertHidden(only(await story.waitForState('.entry-content', 'hide')));
    assert.equal(await sameDocument(), true);

    // …and so does a fresh load.
    await story.reload();
    assertHidden(only(await story.waitForDecision()));
    const [gate] = await story.gates();
    assert.match(gate.heading, /Hidden by Heed/);
    assert.deepEqual(gate.items, ["Character death — from author's header"]);
    assert.deepEqual(gate.buttons, ['Show anyway', 'Go back', 'Heed settings']);

    // The setting is per trigger, not per site: the AO3 work with the same warning is hidden too.
    await ctx.driver.openPage(FIXTURES.ao3Mcd.url);
    assertHidden(only(await ctx.driver.page.waitForDecision()));
  });

  it('Hide: "Show anyway" asks to confirm; "Cancel" keeps it hidden; "Yes, show it" reveals it', T, async () => {
    assert.equal((await options.radioGroup('Character death')).checked, 'Hide', 'set by the previous scenario');
    const story = await ctx.driver.openPage(FIXTURES.dwSeed.url);
    assertHidden(only(await story.waitForDecision()));

    await story.clickButton('Show anyway');
    let [gate] = await story.gates();
    assert.deepEqual(gate.buttons, ['Yes, show it', 'Cancel']);
    assert.match(gate.text, /Are you sure/);
    assertHidden(only(await story.state()));
    // The card moves focus in an effect, which may run a frame after the click.
    await story
      .waitFor(
        () => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.textContent.trim() === 'Yes, show it';
        },
        undefined,
        { timeout: 2_000, message: 'focus on "Yes, show it"' },
      )
      .catch(async () => assert.fail(`focus moves to the confirm button, not ${await story.focusedDescription()}`));

    await story.clickButton('Cancel');
    [gate] = await story.gates();
    assert.deepEqual(gate.buttons, ['Show anyway', 'Go back', 'Heed settings']);
    assertHidden(only(await story.state()));

    await story.clickButton('Show anyway');
    await story.clickButton('Yes, show it');
    assertReadable(only(await story.waitForState('.entry-content', 'shown')), 'shown');
    assert.equal(await focusIsOn(story, '.entry-content'), true, `focus: ${await story.focusedDescription()}`);
  });

  it('a story the reader opened stays open when settings change on that page view', T, async () => {
    const story = ctx.driver.page;
    assertReadable(only(await story.waitForState('.entry-content', 'shown')), 'shown');
    await options.checkRadio('Character death', 'Warn');
    // Another tab proves the change has reached content scripts…
    const other = await ctx.driver.newPage();
    try {
      await other.goto(FIXTURES.dwSeed.url);
      assertWarned(only(await other.waitForDecision()));
    } finally {
      await other.close();
    }
    // …while the story already opened here stays open.
    assertReadable(only(await story.state()), 'shown');
  });

  it('"Unknown warnings" set to Show releases works whose warnings are unknown', T, async () => {
    await options.checkRadio('Unknown warnings', 'Show');
    for (const fixture of [FIXTURES.ao3Ccntw, FIXTURES.ao3Hidden]) {
      const page = await ctx.driver.openPage(fixture.url);
      assertReadable(only(await page.waitForDecision()), 'clear');
    }
    // A known warning is still gated.
    const page = await ctx.driver.openPage(FIXTURES.ao3Mcd.url);
    assertWarned(only(await page.waitForDecision()));
  });

  it('the choices survive a reload of the options page', T, async () => {
    await options.reload();
    await options.waitForOptions();
    assert.equal((await options.radioGroup('Unknown warnings')).checked, 'Show');
    assert.equal((await options.radioGroup('Character death')).checked, 'Warn');
    assert.equal((await options.radioGroup('Suicide')).checked, 'Warn');
  });
});
