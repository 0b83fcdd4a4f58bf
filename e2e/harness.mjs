/**
 * Shared test plumbing: each scenario file calls forEachBrowser once; every browser is
 * launched once per file, its scenarios run in order, and it is closed in `after` (which
 * node:test runs even when scenarios fail). Browsers run one after the other.
 *
 * E2E_BROWSERS=chromium (or firefox) limits a run to one browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { BROWSERS, launch } from './browsers.mjs';

const selected = (process.env.E2E_BROWSERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const browsers = selected.length ? BROWSERS.filter((b) => selected.includes(b)) : BROWSERS;

/** Per-scenario time limit: a hung browser fails its scenario instead of the whole run. */
export const T = { timeout: 45_000 };

/**
 * @param {(ctx: {driver: any, name: string}) => void} body  ctx.driver is set once the browser is up (in `before`)
 */
export function forEachBrowser(body) {
  for (const name of browsers) {
    describe(name, () => {
      const ctx = { driver: undefined, name };
      before(async () => {
        ctx.driver = await launch(name);
      }, { timeout: 60_000 });
      after(async () => {
        await ctx.driver?.close();
      });
      body(ctx);
    });
  }
}

/** The one container's state, failing unless there is exactly one. */
export function only(states, what = 'story container') {
  assert.equal(states.length, 1, `expected one ${what}, got ${JSON.stringify(states)}`);
  return states[0];
}

/** A gated-for-warn container: blurred, inert, card right before it. */
export function assertWarned(s) {
  assert.equal(s.heed, 'warn', `data-heed: ${JSON.stringify(s)}`);
  assert.equal(s.inert, true, 'a warned story is inert');
  assert.equal(s.ariaHidden, true, 'a warned story is aria-hidden');
  assert.match(s.filter, /blur\(/, 'a warned story is blurred');
  assert.equal(s.hasGate, true, 'a <heed-gate> sits right before the story');
  assert.equal(s.readable, false);
}

/** A collapsed container: display none, inert, card right before it. */
export function assertHidden(s) {
  assert.equal(s.heed, 'hide', `data-heed: ${JSON.stringify(s)}`);
  assert.equal(s.inert, true, 'a hidden story is inert');
  assert.equal(s.ariaHidden, true, 'a hidden story is aria-hidden');
  assert.equal(s.display, 'none', 'a hidden story is collapsed');
  assert.equal(s.hasGate, true, 'a <heed-gate> sits right before the story');
}

/** A readable container in the given state (clear or shown). */
export function assertReadable(s, heed) {
  assert.equal(s.heed, heed, `data-heed: ${JSON.stringify(s)}`);
  assert.equal(s.inert, false, 'a readable story is not inert');
  assert.equal(s.ariaHidden, false, 'a readable story is not aria-hidden');
  assert.equal(s.visibility, 'visible');
  assert.notEqual(s.display, 'none');
  assert.equal(s.filter, 'none', 'a readable story is not blurred');
  assert.equal(s.hasGate, false, 'no gate card before a readable story');
  assert.equal(s.readable, true);
}

/**
 * Page furniture outside the story (site header, navigation, titles, tags, comments):
 * every element matching each selector is rendered, visible, unblurred, not inert, and
 * the topmost thing at its centre (nothing of Heed's covers it).
 */
export async function assertOutsideUsable(page, selectors) {
  const report = await page.evaluate((selectors) => {
    return selectors.map((sel) => {
      const els = [...document.querySelectorAll(sel)];
      return {
        sel,
        count: els.length,
        problems: els.flatMap((el) => {
          const problems = [];
          const cs = getComputedStyle(el);
          if (el.closest('[inert]') || el.inert) problems.push('inert');
          if (cs.visibility !== 'visible') problems.push(`visibility ${cs.visibility}`);
          if (!el.getClientRects().length) problems.push('not rendered');
          for (let a = el; a; a = a.parentElement) {
            const f = getComputedStyle(a).filter;
            if (f !== 'none') problems.push(`filter ${f} on <${a.localName}>`);
            if (a.getAttribute('data-heed')) problems.push(`inside a story container (data-heed=${a.getAttribute('data-heed')})`);
          }
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
          if (hit && !(hit === el || el.contains(hit) || hit.contains(el))) problems.push(`covered by <${hit.localName}>`);
          return problems;
        }),
      };
    });
  }, selectors);
  for (const { sel, count, problems } of report) {
    assert.ok(count > 0, `fixture has no element matching ${sel}`);
    assert.deepEqual(problems, [], `${sel} outside the story must stay usable`);
  }
}

/** Whether document.activeElement is the (one) element matching selector. */
export function focusIsOn(page, selector) {
  return page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector);
}

/**
 * Presses Tab until the focused element (followed into open shadow roots) is a button
 * named `name` inside a <heed-gate>. Returns the descriptions of every stop on the way.
 */
export async function tabTo(page, name, { max = 40 } = {}) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.pressKey('Tab');
    const f = await page.focused();
    stops.push(await page.focusedDescription());
    if (f?.tag === 'button' && f.name === name && f.shadowHosts.includes('heed-gate')) return stops;
  }
  assert.fail(`Tab never reached the "${name}" button after ${max} presses; stops: ${stops.join(' → ')}`);
}
