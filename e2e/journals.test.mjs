/**
 * Dreamwidth and LiveJournal entries with plain-text headers, in real Chromium and Firefox
 * with the built extension: gating, reveal by mouse and by keyboard, clear entries left
 * alone, several entries per page, no flash of the story while the page is parsed.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { CONTAINERS } from './browsers.mjs';
import { FIXTURES } from './fixtures/index.mjs';
import {
  T,
  assertOutsideUsable,
  assertReadable,
  assertWarned,
  focusIsOn,
  forEachBrowser,
  only,
  tabTo,
} from './harness.mjs';

const DW_OUTSIDE = ['#header h1', '#navigation a', '.entry-title a', '.tag a[rel="tag"]', '.entry-interaction-links a', '#comments .comment-content'];

forEachBrowser((ctx) => {
  it('gates the seed-shaped Dreamwidth entry and names "Character death" from the header', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.dwSeed.url);
    assertWarned(only(await page.waitForDecision()));
    const gates = await page.gates();
    assert.equal(gates.length, 1, 'one gate card');
    const [gate] = gates;
    assert.equal(gate.open, true, 'the card lives in an open shadow root');
    assert.equal(gate.guards, 'entry-953', 'the card sits right before the entry it guards');
    assert.match(gate.heading, /Content warning/);
    assert.deepEqual(gate.items, ["Character death — from author's header"]);
    assert.deepEqual(gate.buttons, ['Show story', 'Go back', 'Heed settings']);
    // Fields around the warning are not warnings, however emotional.
    assert.doesNotMatch(gate.text, /PAIRING|SUMMARY|THANKS|never going to come home/);
    // The card itself is usable: not inside anything inert, not blurred.
    const card = await page.evaluate(() => {
      const host = document.querySelector('heed-gate');
      return { inert: !!host.closest('[inert]'), filter: getComputedStyle(host).filter, visibility: getComputedStyle(host).visibility };
    });
    assert.deepEqual(card, { inert: false, filter: 'none', visibility: 'visible' });
  });

  it('leaves the site header, navigation, title, tags and comments outside the entry visible and usable', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.dwSeed.url);
    assertWarned(only(await page.waitForDecision()));
    await assertOutsideUsable(page, DW_OUTSIDE);
  });

  it('"Show story" clicked with the mouse reveals the entry and moves focus into it', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.dwSeed.url);
    assertWarned(only(await page.waitForDecision()));
    await page.clickButton('Show story');
    const s = only(await page.waitForState('.entry-content', 'shown'));
    assertReadable(s, 'shown');
    assert.equal(await page.evaluate(() => document.querySelectorAll('heed-gate').length), 0, 'the card is removed');
    assert.equal(await focusIsOn(page, '.entry-content'), true, `focus is on the story, not ${await page.focusedDescription()}`);
    // The revealed text is the reader's to select and read.
    const text = await page.evaluate(() => getComputedStyle(document.querySelector('.entry-content')).userSelect);
    assert.notEqual(text, 'none');
  });

  for (const key of ['Enter', 'Space']) {
    it(`keyboard only: Tab to "Show story", ${key} reveals the entry and focus lands in it`, T, async () => {
      const page = await ctx.driver.openPage(FIXTURES.dwSeed.url);
      await page.bringToFront();
      assertWarned(only(await page.waitForDecision()));
      const stops = await tabTo(page, 'Show story');
      // The focused button is the gate's, reached through its shadow root.
      const inShadow = await page.evaluate(() => {
        const host = document.activeElement;
        return host?.localName === 'heed-gate' && host.shadowRoot.activeElement?.textContent.trim();
      });
      assert.equal(inShadow, 'Show story', `document.activeElement.shadowRoot.activeElement; stops: ${stops.join(' → ')}`);
      await page.pressKey(key);
      assertReadable(only(await page.waitForState('.entry-content', 'shown')), 'shown');
      assert.equal(await focusIsOn(page, '.entry-content'), true, `focus is on the story, not ${await page.focusedDescription()}`);
    });
  }

  it('leaves a clear entry untouched: data-heed=clear, no card, styled exactly as without Heed', T, async () => {
    // The same page on a host Heed does not run on: how the entry looks without the extension.
    const control = await ctx.driver.openPage(FIXTURES.clearControl.url);
    const styleOf = () => {
      const el = document.querySelector('.entry-content');
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        heed: el.getAttribute('data-heed'),
        inert: el.inert,
        visibility: cs.visibility,
        display: cs.display,
        filter: cs.filter,
        opacity: cs.opacity,
        maxHeight: cs.maxHeight,
        overflow: cs.overflow,
        mask: cs.maskImage ?? cs.webkitMaskImage,
        userSelect: cs.userSelect,
        pointerEvents: cs.pointerEvents,
        width: Math.round(r.width),
        height: Math.round(r.height),
        top: Math.round(r.top + scrollY),
        gates: document.querySelectorAll('heed-gate').length,
      };
    };
    const without = await control.evaluate(styleOf);
    assert.equal(without.heed, null, 'the control host is not touched by Heed');

    const page = await ctx.driver.openPage(FIXTURES.dwClear.url);
    assertReadable(only(await page.waitForDecision()), 'clear');
    const withHeed = await page.evaluate(styleOf);
    assert.deepEqual({ ...withHeed, heed: null }, without, 'computed style identical to the page without Heed');
    assert.equal(withHeed.heed, 'clear');
    assert.equal(withHeed.gates, 0, 'no <heed-gate> on the page');
  });

  it('gates two entries on one recent page independently', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.dwRecent.url);
    const [warned, clear, ...rest] = await page.waitForDecision();
    assert.equal(rest.length, 0, 'two entries');
    assertWarned(warned);
    assert.equal(warned.id, 'entry-1537');
    assertReadable(clear, 'clear');
    assert.equal(clear.id, 'entry-1422');
    const gates = await page.gates();
    assert.equal(gates.length, 1, 'one card, for the warned entry only');
    assert.equal(gates[0].guards, 'entry-1537');
    assert.deepEqual(gates[0].items, ["Violence — from author's header", "Character death — from author's header"]);

    // The warned entry is inert: its "Read more..." link cannot be reached with Tab.
    await page.bringToFront();
    const stops = await tabTo(page, 'Show story');
    assert.ok(!stops.some((s) => s.includes('Read more')), `focus entered the gated entry: ${stops.join(' → ')}`);

    await page.clickButton('Show story', { gateOf: '#entry-1537 .entry-content' });
    const [opened, stillClear] = await page.waitForState('#entry-1537 .entry-content', 'shown').then(() => page.state());
    assertReadable(opened, 'shown');
    assertReadable(stillClear, 'clear');
    assert.equal(await focusIsOn(page, '#entry-1537 .entry-content'), true);
    await assertOutsideUsable(page, ['#header h1', '#navigation a', '.entry-title a', '.tag a[rel="tag"]', '.navigation a']);
  });

  it('gates the LiveJournal entry with a "TW: self-harm" header', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ljSelfHarm.url);
    assertWarned(only(await page.waitForDecision()));
    const [gate] = await page.gates();
    assert.deepEqual(gate.items, ["Self-harm — from author's header"]);
    await assertOutsideUsable(page, ['.s-header a', '.b-singlepost-title', '.b-singlepost-tags a', '#comments .b-leaf-article']);
    await page.clickButton('Show story');
    assertReadable(only(await page.waitForState('.b-singlepost-body', 'shown')), 'shown');
    assert.equal(await focusIsOn(page, '.b-singlepost-body'), true);
  });

  it('"Go back" leaves the gated entry for the previous page', T, async () => {
    // A tab of its own: Puppeteer over BiDi loses track of a tab after a history traversal.
    const page = await ctx.driver.newPage();
    try {
      await page.goto(FIXTURES.dwClear.url);
      await page.goto(FIXTURES.dwSeed.url);
      assertWarned(only(await page.waitForDecision()));
      await page.clickButton('Go back');
      await page.waitFor((url) => location.href === url && document.readyState === 'complete', FIXTURES.dwClear.url, {
        message: 'the previous page',
      });
      assertReadable(only(await page.waitForDecision()), 'clear');
    } finally {
      await page.close();
    }
  });

  it('never lets the story be read while the page is still being parsed (no flash)', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.dwProbe.url);
    assertWarned(only(await page.waitForDecision()));
    const probe = await page.evaluate(() => window.__heedProbe);
    assert.equal(probe.length, 2, `both inline probes ran: ${JSON.stringify(probe)}`);
    for (const p of probe) {
      assert.equal(p.readyState, 'loading', `${p.label}: recorded during parsing`);
      assert.ok(p.textLength > 100, `${p.label}: the story text was already in the DOM`);
      assert.equal(p.unreadable, true, `${p.label}: story readable during parsing: ${JSON.stringify(p)}`);
    }
  });

  it('the no-flash probe does see a readable story where Heed does not run (control)', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.probeControl.url);
    const probe = await page.evaluate(() => window.__heedProbe);
    assert.equal(probe.length, 2);
    for (const p of probe) assert.equal(p.unreadable, false, `${p.label}: ${JSON.stringify(p)}`);
    const states = await page.state(CONTAINERS);
    assert.equal(states[0].heed, null, 'Heed does not run on this host');
  });
});
