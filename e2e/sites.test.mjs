/**
 * The other fic sites, in real Chromium and Firefox with the built extension, each through
 * its own content script and early CSS: FanFiction.net story pages and listings,
 * SpaceBattles and SufficientVelocity posts (each post gated on its own), Royal Road
 * (fiction-page warnings carried to a chapter opened from it in the same tab), eFiction
 * (whofic.com) classifications and its age-consent page, Quotev and Adult-FanFiction.org.
 *
 * Every page also checks its site's early CSS: a copy of the page's story container, added
 * by the page, is invisible in the very task that adds it, before Heed can have run.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FIXTURES } from './fixtures/index.mjs';
import { T, assertOutsideUsable, assertReadable, assertWarned, focusIsOn, forEachBrowser, only } from './harness.mjs';

const FFN_STORY = '#storytext';
const FFN_SUMMARIES = 'div.z-list > div.z-indent';
/** The summary of the listed story whose title links to /s/<id>/. */
const ffnSummaryOf = (id) => `div.z-list:has(> a.stitle[href^="/s/${id}/"]) > div.z-indent`;
const XF_POSTS = 'article.message--post article.message-body > div.bbWrapper';
const xfPostOf = (id) => `#js-post-${id} article.message-body > div.bbWrapper`;
const RR_DESCRIPTION = 'div.description > div.hidden-content';
const RR_CHAPTER = 'div.chapter-inner.chapter-content';
const EFICTION_STORY = '#story';
const QUOTEV_TEXT = '#rescontent';
const AFF_TEXT = 'div.chapter-body';

const FULL_CARD_BUTTONS = ['Show story', 'Go back', 'Heed settings'];

/**
 * The site's early CSS at work: a copy of the (first) container matching `selector`, added
 * next to it by the page, is hidden in the same task, before Heed's observer can run. The
 * copy is removed in that task, so Heed never sees it.
 */
async function assertEarlyHidden(page, selector) {
  const probe = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return { error: `nothing matches ${sel}` };
    const copy = el.cloneNode(true);
    for (const name of ['data-heed', 'inert', 'aria-hidden', 'tabindex']) copy.removeAttribute(name);
    el.after(copy);
    const cs = getComputedStyle(copy);
    const seen = { matches: copy.matches(sel), visibility: cs.visibility, textLength: copy.textContent.trim().length };
    copy.remove();
    return seen;
  }, selector);
  assert.equal(probe.error, undefined, probe.error);
  assert.equal(probe.matches, true, `the copy is a ${selector} too`);
  assert.ok(probe.textLength > 20, 'the copy has text to hide');
  assert.equal(probe.visibility, 'hidden', `an undecided ${selector} must be hidden by the site's early CSS: ${JSON.stringify(probe)}`);
}

/** A compact card: no heading, no reason list, one line and "Show story". */
function assertCompact(gate, line) {
  assert.equal(gate.open, true, 'the card lives in an open shadow root');
  assert.equal(gate.heading, '', 'a compact card has no heading');
  assert.deepEqual(gate.items, [], 'a compact card has no list of reasons');
  assert.deepEqual(gate.buttons, ['Show story'], 'only the show button');
  assert.equal(gate.text.replace(/^◐\s*/, ''), `${line} Show story`);
}

/** Which FFN story (by its /s/<id>/ link) each card on a listing stands before. */
function ffnGatedStories(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('heed-gate')].map((host) => {
      const summary = host.nextElementSibling;
      const ok = summary?.matches('div.z-list > div.z-indent') && host.parentElement === summary.parentElement;
      return ok ? /^\/s\/(\d+)\//.exec(summary.parentElement.querySelector('a.stitle').getAttribute('href'))[1] : `misplaced before <${summary?.localName}>`;
    }),
  );
}

/** The one card on the page, which must stand right before `selector`. */
async function onlyGate(page, selector) {
  const gates = await page.gates();
  assert.equal(gates.length, 1, `one card: ${JSON.stringify(gates.map((g) => g.text))}`);
  const before = await page.evaluate((sel) => document.querySelector('heed-gate')?.nextElementSibling === document.querySelector(sel), selector);
  assert.equal(before, true, `the card sits right before ${selector}`);
  return gates[0];
}

async function assertNoGate(page) {
  assert.equal(await page.evaluate(() => document.querySelectorAll('heed-gate').length), 0, 'no <heed-gate> on the page');
}

/** Waits until the tab shows `url`, fully loaded (after a click that navigates). */
function waitForUrl(page, url) {
  return page.waitFor((url) => location.href === url && document.readyState === 'complete', url, { message: `the page at ${url}` });
}

/** What a reader sees of an element: computed style and box, for comparing with the page without Heed. */
function looksOf(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
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
  }, selector);
}

forEachBrowser((ctx) => {
  // ───────────────────────────── FanFiction.net ─────────────────────────────

  it('FFN story: "Warnings: Character death" above <hr size=1 noshade> gates the chapter; "Show story" reveals it', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ffnWarned.url);
    const story = only(await page.waitForDecision(FFN_STORY));
    assertWarned(story);
    const gate = await onlyGate(page, FFN_STORY);
    assert.match(gate.heading, /Content warning/);
    assert.deepEqual(gate.items, ["Character death — from author's header"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS);
    // The rest of the header (disclaimer, rating, genre) names nothing.
    assert.doesNotMatch(gate.text, /Disclaimer|Rating|Angst/);
    await assertEarlyHidden(page, FFN_STORY);
    await assertOutsideUsable(page, [
      '#top .menulink a',
      '#profile_top > b.xcontrast_txt',
      '#profile_top > a.xcontrast_txt[href^="/u/"]',
      '#profile_top > div.xcontrast_txt',
      '#chap_select',
      '#review_postbox',
    ]);

    await page.clickButton('Show story');
    assertReadable(only(await page.waitForState(FFN_STORY, 'shown')), 'shown');
    await assertNoGate(page);
    assert.equal(await focusIsOn(page, FFN_STORY), true, `focus: ${await page.focusedDescription()}`);
  });

  it(
    'FFN story: the same header written on one line ("Rating: K+ | Genre: Angst | Warnings: Character death") gates it too',
    T,
    async () => {
      const header = '<p>Rating: K+</p>\n<p>Genre: Angst</p>\n<p>Warnings: Character death</p>';
      assert.ok(FIXTURES.ffnWarned.html.includes(header));
      const html = FIXTURES.ffnWarned.html.replace(header, '<p>Rating: K+ | Genre: Angst | Warnings: Character death</p>');
      const page = await ctx.driver.openPage('https://www.fanfiction.net/s/13900003/1/The-Lamp-Keeper', html);
      assertWarned(only(await page.waitForDecision(FFN_STORY)));
      assert.deepEqual((await onlyGate(page, FFN_STORY)).items, ["Character death — from author's header"]);
    },
  );

  it('FFN story with no header and a fluffy summary is clear and styled exactly as without Heed', T, async () => {
    const control = await ctx.driver.openPage(FIXTURES.ffnClearControl.url);
    assert.equal(await control.evaluate((sel) => document.querySelector(sel).getAttribute('data-heed'), FFN_STORY), null, 'Heed does not run on the control host');
    const without = await looksOf(control, FFN_STORY);

    const page = await ctx.driver.openPage(FIXTURES.ffnClear.url);
    assertReadable(only(await page.waitForDecision(FFN_STORY)), 'clear');
    assert.deepEqual(await looksOf(page, FFN_STORY), without, 'computed style and box identical to the page without Heed');
    await assertNoGate(page);
    await assertEarlyHidden(page, FFN_STORY);
  });

  it('FFN listing: the two summaries with "TW:" / "Warning:" get compact cards, the other two and every title stay readable', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.ffnListing.url);
    const states = await page.waitForDecision(FFN_SUMMARIES);
    assert.equal(states.length, 4, 'four listed stories');
    const [quiet, storm, cocoa, letter] = states;
    assertReadable(quiet, 'clear');
    assertWarned(storm);
    assertReadable(cocoa, 'clear');
    assertWarned(letter);

    assert.deepEqual(await ffnGatedStories(page), ['13900012', '13900014'], 'one card right before each gated summary');
    const gates = await page.gates();
    assert.deepEqual(
      await page.evaluate(() => [...document.querySelectorAll('heed-gate')].map((h) => h.shadowRoot.querySelector('section')?.getAttribute('aria-label'))),
      ['Content warning', 'Content warning'],
    );
    for (const gate of gates) {
      assert.equal(gate.heading, '', 'compact: no heading');
      assert.deepEqual(gate.items, [], 'compact: no reason list');
      assert.deepEqual(gate.buttons, ['Show story'], 'compact: only "Show story", no "Go back" on each');
    }
    assert.match(gates[0].text, /^◐ Content warning: Self-harm \(from summary\)/);
    assertCompact(gates[1], 'Content warning: Character death (from summary)');

    await assertEarlyHidden(page, FFN_SUMMARIES);
    await assertOutsideUsable(page, ['#top .menulink a', 'div.z-list > a.stitle', 'div.z-list > a[href^="/u/"]', 'div.z-list > a.reviews', 'center a', 'form[name="myform"] select']);

    await page.clickButton('Show story', { gateOf: ffnSummaryOf(13900014) });
    assertReadable(only(await page.waitForState(ffnSummaryOf(13900014), 'shown')), 'shown');
    assert.equal(await focusIsOn(page, ffnSummaryOf(13900014)), true, `focus: ${await page.focusedDescription()}`);
    assertWarned(only(await page.state(ffnSummaryOf(13900012))));
    assert.deepEqual(await ffnGatedStories(page), ['13900012'], 'only the opened card is gone');
  });

  it(
    'FFN listing: the card for "TW: self-harm. <blurb sentence>" names only Self-harm',
    T,
    async () => {
      const page = await ctx.driver.openPage(FIXTURES.ffnListing.url);
      await page.waitForDecision(FFN_SUMMARIES);
      const [storm] = await page.gates();
      assertCompact(storm, 'Content warning: Self-harm (from summary)');
    },
  );

  // ──────────────────────── SpaceBattles, SufficientVelocity ────────────────────────

  it('SpaceBattles: only the post opening with "CW: self-harm" is gated; other posts, title and reply box stay usable', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.sbThread.url);
    const [first, second, reply, ...rest] = await page.waitForDecision(XF_POSTS);
    assert.equal(rest.length, 0, 'three posts');
    assert.deepEqual([first.id, second.id, reply.id], ['js-post-91000001', 'js-post-91000002', 'js-post-91000003']);
    assertReadable(first, 'clear');
    assertWarned(second);
    // The reply quotes the second post (its last line, not the CW): it is the reader's, not the chapter's.
    assertReadable(reply, 'clear');

    const gate = await onlyGate(page, xfPostOf(91000002));
    assert.deepEqual(gate.items, ["Self-harm — from author's header"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS, 'a post is a whole chapter: the full card');
    await assertEarlyHidden(page, XF_POSTS);
    await assertOutsideUsable(page, [
      '.p-header a',
      'h1.p-title-value',
      '.p-description a.tagItem',
      'span.threadmarkLabel',
      '#js-post-91000002 .message-name a.username',
      '#js-post-91000002 .message-attribution a',
      '#js-post-91000002 aside.message-signature',
      'article.message--post .message-actionBar a',
      'form.js-quickReply textarea',
      'form.js-quickReply button[type="submit"]',
    ]);

    await page.clickButton('Show story', { gateOf: xfPostOf(91000002) });
    assertReadable(only(await page.waitForState(xfPostOf(91000002), 'shown')), 'shown');
    assert.equal(await focusIsOn(page, xfPostOf(91000002)), true, `focus: ${await page.focusedDescription()}`);
    const after = await page.state(XF_POSTS);
    assertReadable(after[0], 'clear');
    assertReadable(after[2], 'clear');
    await assertNoGate(page);
  });

  it('SufficientVelocity: a post whose top spoiler box is titled "Content Warning" and lists "Suicide" is gated; the vote below is not', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.svThread.url);
    const [chapter, vote, ...rest] = await page.waitForDecision(XF_POSTS);
    assert.equal(rest.length, 0, 'two posts');
    assert.equal(chapter.id, 'js-post-92000001');
    assertWarned(chapter);
    assertReadable(vote, 'clear');
    const gate = await onlyGate(page, xfPostOf(92000001));
    assert.deepEqual(gate.items, ["Suicide — from author's header"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS);
    await assertEarlyHidden(page, XF_POSTS);
    await assertOutsideUsable(page, ['h1.p-title-value', 'span.threadmarkLabel', '#js-post-92000002 .message-actionBar a', 'form.js-quickReply textarea']);
  });

  // ───────────────────────────── Royal Road ─────────────────────────────

  it('Royal Road: "This fiction contains: Graphic Violence, Profanity" gates the description; the chapter opened from it by a click is gated too', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.rrFiction.url);
    assertWarned(only(await page.waitForDecision(RR_DESCRIPTION)));
    const gate = await onlyGate(page, RR_DESCRIPTION);
    // Profanity is a label, not a trigger: only Violence is named.
    assert.deepEqual(gate.items, ["Violence — graphic · from site's warning"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS);
    await assertEarlyHidden(page, RR_DESCRIPTION);
    await assertOutsideUsable(page, ['.page-header a', '.fic-header h1', '.fic-header h4 a', 'span.tags a.fiction-tag', '.font-red-sunglo li', 'label[for="showMore"]', 'table#chapters a']);

    // The same tab, the reader's mouse: the chapter page shows no warnings of its own.
    await page.clickLink('Chapter One: Snow', { within: 'table#chapters' });
    await waitForUrl(page, FIXTURES.rrChapter.url);
    assertWarned(only(await page.waitForDecision(RR_CHAPTER)));
    const chapterGate = await onlyGate(page, RR_CHAPTER);
    assert.deepEqual(chapterGate.items, ["Violence — graphic · from site's warning"]);
    assert.deepEqual(chapterGate.buttons, FULL_CARD_BUTTONS);
    await assertEarlyHidden(page, RR_CHAPTER);
    await assertOutsideUsable(page, ['.page-header a', '.fic-header h1', '.fic-header h2 a', '.author-note-portlet .author-note', '.nav-buttons a', '#comments .comment']);
  });

  it('Royal Road: the same chapter opened in a fresh tab, with nothing carried over and no TW in its notes, is clear', T, async () => {
    // A new tab has its own sessionStorage: nothing from the fiction page reaches it.
    const page = await ctx.driver.newPage();
    try {
      await page.goto(FIXTURES.rrChapter.url);
      assertReadable(only(await page.waitForDecision(RR_CHAPTER)), 'clear');
      assert.deepEqual(
        await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('900003'))),
        [],
        'no stored warnings for this fiction in the fresh tab',
      );
      await assertNoGate(page);
      await assertEarlyHidden(page, RR_CHAPTER);
    } finally {
      await page.close();
    }
  });

  // ───────────────────────────── eFiction (whofic.com) ─────────────────────────────

  it('eFiction: "Warnings: Character Death, Violence" gates the story', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.efictionWarned.url);
    assertWarned(only(await page.waitForDecision(EFICTION_STORY)));
    const gate = await onlyGate(page, EFICTION_STORY);
    assert.deepEqual([...gate.items].sort(), ["Character death — from site's warning", "Violence — from site's warning"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS);
    await assertEarlyHidden(page, EFICTION_STORY);
    // The classification itself stays readable above the story: it is how the reader decides.
    await assertOutsideUsable(page, ['#menu a', '#pagetitle a', '.infobox a[href*="type_id=2"]', '.notes .noteinfo', '.respond a']);
  });

  it('eFiction: "Warnings: None" leaves the story clear', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.efictionNone.url);
    assertReadable(only(await page.waitForDecision(EFICTION_STORY)), 'clear');
    await assertNoGate(page);
    await assertEarlyHidden(page, EFICTION_STORY);
  });

  it("eFiction: the age-consent page is left alone and its link leads to the story, gated", T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.efictionAgeConsent.url);
    // Nothing here to decide: give the content script time to do anything it (wrongly) would.
    await new Promise((r) => setTimeout(r, 300));
    const touched = await page.evaluate(() => ({
      gates: document.querySelectorAll('heed-gate').length,
      marked: [...document.querySelectorAll('[data-heed], [inert]')].map((el) => el.localName),
    }));
    assert.deepEqual(touched, { gates: 0, marked: [] }, 'Heed marks nothing on the age-consent page');
    await assertOutsideUsable(page, ['#menu a', '.errortext', '.errortext a']);

    await page.clickLink(
      'This story is rated Adult: it may contain material unsuitable for readers under 18. Click here to continue.',
      { within: '.errortext' },
    );
    await waitForUrl(page, FIXTURES.efictionAgeConsentOk.url);
    assertWarned(only(await page.waitForDecision(EFICTION_STORY)));
    assert.deepEqual((await onlyGate(page, EFICTION_STORY)).items, ["Violence — from site's warning"]);
  });

  // ───────────────────────────── Quotev, Adult-FanFiction.org ─────────────────────────────

  it('Quotev: "Warning: suicide" at the top of the chapter gates it; a story without one is clear', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.quotevWarned.url);
    assertWarned(only(await page.waitForDecision(QUOTEV_TEXT)));
    const gate = await onlyGate(page, QUOTEV_TEXT);
    assert.deepEqual(gate.items, ["Suicide — from author's header"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS);
    await assertEarlyHidden(page, QUOTEV_TEXT);
    await assertOutsideUsable(page, ['#mainNav a', '#quizHeader h1', '#qdesct', '.quizBoxTags a', '#rselect a', '#storyActions a']);

    const clear = await ctx.driver.openPage(FIXTURES.quotevClear.url);
    assertReadable(only(await clear.waitForDecision(QUOTEV_TEXT)), 'clear');
    await assertNoGate(clear);
  });

  it('Adult-FanFiction.org: "Warning: suicide" under the repeated title gates the chapter; a chapter without one is clear', T, async () => {
    const page = await ctx.driver.openPage(FIXTURES.affWarned.url);
    assertWarned(only(await page.waitForDecision(AFF_TEXT)));
    const gate = await onlyGate(page, AFF_TEXT);
    assert.deepEqual(gate.items, ["Suicide — from author's header"]);
    assert.deepEqual(gate.buttons, FULL_CARD_BUTTONS);
    await assertEarlyHidden(page, AFF_TEXT);
    await assertOutsideUsable(page, ['.navbar a', '.chapter-content-card h1 a', '.story-tag', '.chapter-select', 'a.next-chapter', '.comments']);

    const clear = await ctx.driver.openPage(FIXTURES.affClear.url);
    assertReadable(only(await clear.waitForDecision(AFF_TEXT)), 'clear');
    await assertNoGate(clear);
  });
});
