/**
 * One driver for two real browsers, so each scenario is written once:
 *   chromium   /usr/bin/chromium through playwright-core, extension from .output/chrome-mv3
 *   firefox    /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi,
 *              extension from .output/firefox-mv2 installed as a temporary add-on
 * Both headless. Every http(s) request is answered from the fixtures (or with an empty 404):
 * the content script runs on the real sites' URLs and nothing reaches the network.
 *
 *   const driver = await launch('chromium');
 *   const page = await driver.openPage(FIXTURES.dwSeed.url);     // reuses one tab
 *   await page.waitForDecision();
 *   await page.clickButton('Show story');                         // a real mouse click
 *   await driver.close();
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ROUTES } from './fixtures/index.mjs';

export const BROWSERS = ['chromium', 'firefox'];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** E2E_OUTPUT points the suite at another build folder (default .output). */
const OUTPUT = path.resolve(ROOT, process.env.E2E_OUTPUT ?? '.output');
export const EXTENSIONS = {
  chromium: path.join(OUTPUT, 'chrome-mv3'),
  firefox: path.join(OUTPUT, 'firefox-mv2'),
};
export const GECKO_ID = 'heed@heed-reader.org';
/** Fixed through the extensions.webextensions.uuids pref, so moz-extension:// URLs are known. */
export const FIREFOX_UUID = '6f1d2a52-4c1e-4f3b-9a57-0e2d4b8c1f00';
const TMP = path.join(ROOT, 'e2e/.tmp');

/** Every element the extension's early CSS hides until it decides (entrypoints/heed.content/early.css). */
export const CONTAINERS = '#workskin, .entry-content, .b-singlepost-body, .aentry-post__text, .asset-body, .entry_text, .j-e-text';

const DEFAULT_TIMEOUT = 10_000;

export function assertBuilt() {
  const missing = Object.values(EXTENSIONS).filter((dir) => !existsSync(path.join(dir, 'manifest.json')));
  if (missing.length) {
    throw new Error(`The built extension is missing (${missing.join(', ')}). Run \`npm run build\` first.`);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Answers one intercepted URL: a registered fixture, or an empty 404 for anything else. */
function answer(routes, url) {
  const u = new URL(url);
  // Exact URL first; then the same path with any query (?style=site, ?view=flat …).
  const body = routes.get(url) ?? routes.get(`${u.origin}${u.pathname}`);
  return body === undefined
    ? { status: 404, contentType: 'text/plain', body: '' }
    : { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/**
 * Launches one browser with the built extension.
 * @param {'chromium'|'firefox'} name
 */
export async function launch(name) {
  assertBuilt();
  if (name === 'chromium') return launchChromium();
  if (name === 'firefox') return launchFirefox();
  throw new Error(`Unknown browser ${name}`);
}

class Driver {
  constructor(name) {
    this.name = name;
    /** url → html; starts with every fixture, tests may add more. */
    this.routes = new Map(Object.entries(ROUTES));
    /** The one tab fixture pages are opened in (created on first use). */
    this.page = undefined;
  }

  /** Serves `html` at `url` from now on. */
  route(url, html) {
    this.routes.set(url, html);
  }

  /** Opens `url` (serving `html` there when given) in the reused tab and waits for load. */
  async openPage(url, html) {
    if (html !== undefined) this.route(url, html);
    this.page ??= await this.newPage();
    await this.page.goto(url);
    return this.page;
  }
}

// ───────────────────────────── Chromium ─────────────────────────────

async function launchChromium() {
  const { chromium } = await import('playwright-core');
  await mkdir(TMP, { recursive: true });
  const userDataDir = path.join(TMP, `chromium-${process.pid}-${Date.now()}`);
  const ext = EXTENSIONS.chromium;
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1100, height: 800 },
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const sw =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined));
    // An unpacked extension's id is derived from its path; the service worker, when seen, confirms it.
    const extensionId = sw ? new URL(sw.url()).host : unpackedExtensionId(ext);
    if (!sw) console.error(`chromium: the extension's service worker was not seen; using id ${extensionId} from its path`);
    const driver = new ChromiumDriver(context, extensionId, userDataDir);
    await context.route(/^https?:\/\//, (route) => route.fulfill(answer(driver.routes, route.request().url())));
    return driver;
  } catch (error) {
    await context?.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Chromium's id for an unpacked extension: SHA-256 of its real path, first 32 hex digits mapped 0-f → a-p. */
function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

class ChromiumDriver extends Driver {
  constructor(context, extensionId, userDataDir) {
    super('chromium');
    this.context = context;
    this.extensionId = extensionId;
    this.userDataDir = userDataDir;
    this.optionsUrl = `chrome-extension://${extensionId}/options.html`;
  }

  async newPage() {
    return new TestPage(this, await this.context.newPage());
  }

  async openOptions() {
    const page = await this.newPage();
    await page.raw.goto(this.optionsUrl);
    await page.waitForOptions();
    return page;
  }

  async close() {
    try {
      await this.context.close();
    } finally {
      await rm(this.userDataDir, { recursive: true, force: true });
    }
  }
}

// ───────────────────────────── Firefox ─────────────────────────────

async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Grants optional permissions without the doorhanger, so "Add a site" can be driven.
      // Chromium has no such switch: its permission prompt cannot be answered in automation.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(EXTENSIONS.firefox);
    return new FirefoxDriver(browser);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

class FirefoxDriver extends Driver {
  constructor(browser) {
    super('firefox');
    this.browser = browser;
    this.optionsUrl = `moz-extension://${FIREFOX_UUID}/options.html`;
  }

  async newPage() {
    const raw = await this.browser.newPage();
    await raw.setRequestInterception(true);
    raw.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (!/^https?:\/\//.test(url)) return void request.continue().catch(() => {});
      const { status, contentType, body } = answer(this.routes, url);
      request.respond({ status, contentType, body }).catch(() => {});
    });
    return new TestPage(this, raw);
  }

  async openOptions() {
    const page = new TestPage(this, await this.browser.newPage());
    await page.goto(this.optionsUrl);
    await page.waitForOptions();
    return page;
  }

  async close() {
    await this.browser.close();
  }
}

// ───────────────────────────── Pages ─────────────────────────────

/** One tab. Same methods in both browsers; `raw` is the Playwright or Puppeteer page. */
export class TestPage {
  constructor(driver, raw) {
    this.driver = driver;
    this.raw = raw;
  }

  get browserName() {
    return this.driver.name;
  }

  async goto(url) {
    if (this.driver.name === 'firefox' && /^moz-extension:/.test(url)) {
      // page.goto never resolves for extension pages over BiDi (toolchain.md).
      await this.raw.mainFrame().browsingContext.navigate(url, 'complete');
    } else {
      await this.raw.goto(url, { waitUntil: 'load' });
    }
  }

  /** Loads the current URL again (a fresh document, as a reader's reload). */
  async reload() {
    await this.goto(await this.url());
  }

  /** The document's URL. (Puppeteer's page.url() misses BiDi-driven and history navigations.) */
  async url() {
    return this.evaluate(() => location.href).catch(() => this.raw.url());
  }

  async bringToFront() {
    await this.raw.bringToFront();
  }

  async close() {
    await this.raw.close();
  }

  /** Runs `fn(arg)` in the page. */
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }

  /** Polls `fn(arg)` in the page until it returns something truthy; returns that. */
  async waitFor(fn, arg, { timeout = DEFAULT_TIMEOUT, message = 'condition' } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, arg);
        if (last) return last;
      } catch (error) {
        last = error; // navigation in progress: try again
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
      }
      await sleep(40);
    }
  }

  /**
   * The state of every story container: data-heed, inertness and what the reader sees.
   * @returns {Promise<Array<{heed: string|null, inert: boolean, ariaHidden: boolean, visibility: string, display: string, filter: string, hasGate: boolean, readable: boolean, id: string}>>}
   */
  state(selector = CONTAINERS) {
    return this.evaluate((sel) => {
      return [...document.querySelectorAll(sel)].map((el) => {
        const cs = getComputedStyle(el);
        const prev = el.previousElementSibling;
        const inert = el.inert === true || el.closest('[inert]') !== null;
        return {
          id: el.id || el.closest('[id]')?.id || el.className,
          heed: el.getAttribute('data-heed'),
          inert,
          ariaHidden: el.closest('[aria-hidden="true"]') !== null,
          visibility: cs.visibility,
          display: cs.display,
          filter: cs.filter,
          hasGate: prev?.localName === 'heed-gate',
          readable: !inert && cs.visibility === 'visible' && cs.display !== 'none' && !/blur/.test(cs.filter),
        };
      });
    }, selector);
  }

  /** Waits until Heed has decided every story container (and gated ones have their card); returns state(). */
  async waitForDecision(selector = CONTAINERS, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitFor(
      (sel) => {
        const els = [...document.querySelectorAll(sel)];
        return (
          els.length > 0 &&
          els.every((el) => {
            const state = el.getAttribute('data-heed');
            if (!state) return false;
            if (state !== 'warn' && state !== 'hide') return true;
            const gate = el.previousElementSibling;
            return gate?.localName === 'heed-gate' && !!gate.shadowRoot?.querySelector('button');
          })
        );
      },
      selector,
      { timeout, message: `Heed's decision on ${selector} at ${this.raw.url()}` },
    );
    return this.state(selector);
  }

  /** Waits until the container(s) matching `selector` have data-heed = `heed`; returns state(). */
  async waitForState(selector, heed, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitFor(
      ({ selector, heed }) => {
        const els = [...document.querySelectorAll(selector)];
        return els.length > 0 && els.every((el) => el.getAttribute('data-heed') === heed);
      },
      { selector, heed },
      { timeout, message: `data-heed=${heed} on ${selector}` },
    );
    return this.state(selector);
  }

  /**
   * The gate cards on the page, in document order: the text of each card, its list items
   * (one per reason), its buttons, and the container it guards.
   */
  gates() {
    return this.evaluate(() => {
      const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      return [...document.querySelectorAll('heed-gate')].map((host) => {
        const root = host.shadowRoot;
        const card = root ? [...root.children].filter((c) => c.localName !== 'style') : [];
        const next = host.nextElementSibling;
        return {
          open: !!root,
          text: norm(card.map((c) => c.innerText).join('\n')),
          heading: norm(root?.querySelector('h1, h2, h3')?.textContent),
          items: root ? [...root.querySelectorAll('ul.reasons > li, li')].map((li) => norm(li.textContent)) : [],
          buttons: root ? [...root.querySelectorAll('button')].map((b) => norm(b.getAttribute('aria-label') || b.textContent)) : [],
          guards: next ? next.id || next.closest('[id]')?.id || next.className : null,
          guardsHeed: next?.getAttribute('data-heed') ?? null,
        };
      });
    });
  }

  /** All gate cards' text, joined. */
  async gateText() {
    return (await this.gates()).map((g) => g.text).join('\n');
  }

  /**
   * Clicks a button found by its accessible name, inside open shadow roots too, with the
   * mouse at the button's centre. Fails if the button is missing, ambiguous, or covered by
   * something else at that point.
   * @param {string} name
   * @param {{gateOf?: string}} [options] gateOf: only the card guarding the container that matches this selector
   */
  async clickButton(name, { gateOf } = {}) {
    const target = await this.evaluate(
      ({ name, gateOf }) => {
        const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
        const accName = (el) => {
          const label = el.getAttribute('aria-label');
          if (label) return norm(label);
          const ids = el.getAttribute('aria-labelledby');
          if (ids) return norm(ids.split(/\s+/).map((id) => el.getRootNode().getElementById?.(id)?.textContent ?? '').join(' '));
          return norm(el.textContent || el.value);
        };
        const all = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            all.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        let scope = document;
        if (gateOf) {
          const container = document.querySelector(gateOf);
          const host = container?.previousElementSibling;
          if (host?.localName !== 'heed-gate' || !host.shadowRoot) return { error: `no open heed-gate before ${gateOf}` };
          scope = host.shadowRoot;
        }
        walk(scope);
        const buttons = all.filter(
          (el) => (el.localName === 'button' || el.getAttribute('role') === 'button') && el.getClientRects().length > 0,
        );
        const matches = buttons.filter((el) => accName(el) === name);
        if (matches.length !== 1) {
          return { error: `${matches.length} buttons named "${name}"; buttons: ${JSON.stringify(buttons.map(accName))}` };
        }
        const button = matches[0];
        button.scrollIntoView({ block: 'center', inline: 'center' });
        const r = button.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        // Hit test through shadow roots: what would the mouse really land on?
        let hit = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        if (!hit || !(hit === button || button.contains(hit))) {
          return { error: `"${name}" is covered at (${x}, ${y}) by <${hit?.localName}>` };
        }
        return { x, y };
      },
      { name, gateOf },
    );
    if (target.error) throw new Error(`clickButton: ${target.error}`);
    await this.raw.mouse.click(target.x, target.y);
  }

  /**
   * Clicks a link (`a[href]` in the page, not in shadow roots) found by its text, with the
   * mouse at its centre. Fails if the link is missing, ambiguous, inert or covered.
   * @param {string} name
   * @param {{within?: string}} [options] within: only links inside the element matching this selector
   */
  async clickLink(name, { within } = {}) {
    const target = await this.evaluate(
      ({ name, within }) => {
        const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
        const scope = within ? document.querySelector(within) : document;
        if (!scope) return { error: `nothing matches ${within}` };
        const links = [...scope.querySelectorAll('a[href]')].filter((a) => a.getClientRects().length > 0);
        const matches = links.filter((a) => norm(a.getAttribute('aria-label') || a.textContent) === name);
        if (matches.length !== 1) return { error: `${matches.length} links named "${name}"` };
        const link = matches[0];
        if (link.closest('[inert]')) return { error: `"${name}" is inert` };
        link.scrollIntoView({ block: 'center', inline: 'center' });
        const r = link.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === link || link.contains(hit))) return { error: `"${name}" is covered at (${x}, ${y}) by <${hit?.localName}>` };
        return { x, y };
      },
      { name, within },
    );
    if (target.error) throw new Error(`clickLink: ${target.error}`);
    await this.raw.mouse.click(target.x, target.y);
  }

  /** Presses one key ("Tab", "Enter", "Space", "Shift+Tab" …) on the focused element. */
  async pressKey(key) {
    // Puppeteer's BiDi keyboard knows the space bar only as ' '.
    const name = (k) => (k === 'Space' && this.driver.name === 'firefox' ? ' ' : k);
    const [mod, k] = key.includes('+') ? key.split('+').map(name) : [null, name(key)];
    if (mod) {
      await this.raw.keyboard.down(mod);
      await this.raw.keyboard.press(k);
      await this.raw.keyboard.up(mod);
    } else {
      await this.raw.keyboard.press(k);
    }
  }

  /**
   * The focused element, following open shadow roots down:
   * { tag, name, shadowHosts: ['heed-gate'], heed, isContainer, id }.
   */
  focused() {
    return this.evaluate((containers) => {
      const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      let el = document.activeElement;
      const shadowHosts = [];
      while (el?.shadowRoot?.activeElement) {
        shadowHosts.push(el.localName);
        el = el.shadowRoot.activeElement;
      }
      if (!el) return null;
      return {
        tag: el.localName,
        id: el.id || '',
        name: norm(el.getAttribute('aria-label') || (el.localName === 'body' ? '' : el.textContent)).slice(0, 60),
        shadowHosts,
        heed: el.getAttribute('data-heed'),
        isContainer: el.matches(containers),
      };
    }, CONTAINERS);
  }

  /** The focused element in words, e.g. `<button> "Show story" in <heed-gate>`. */
  async focusedDescription() {
    const f = await this.focused();
    if (!f) return 'nothing';
    const where = f.shadowHosts.length ? ` in <${f.shadowHosts.join('> <')}>` : '';
    const heed = f.heed ? ` [data-heed=${f.heed}]` : '';
    return `<${f.tag}${f.id ? `#${f.id}` : ''}>${heed} "${f.name}"${where}`;
  }

  // ───────── options page ─────────

  async waitForOptions() {
    await this.waitFor(() => document.querySelectorAll('[role="radiogroup"] input[type="radio"]').length > 0, undefined, {
      message: 'the options page to show its radio groups',
    });
  }

  /** The checked radio's name in the radio group named `groupName`. */
  async checkedRadio(groupName) {
    const result = await this.evaluate(findRadio, { groupName, radioName: null });
    if (result.error) throw new Error(`checkedRadio: ${result.error}`);
    return result.checked;
  }

  /** The radio group named `groupName`: its radios' names in order and the checked one's. */
  async radioGroup(groupName) {
    const result = await this.evaluate(findRadio, { groupName, radioName: null });
    if (result.error) throw new Error(`radioGroup: ${result.error}`);
    return result;
  }

  /** Clicks, with the mouse, the radio named `radioName` in the radio group named `groupName`; waits until it is checked. */
  async checkRadio(groupName, radioName) {
    const result = await this.evaluate(findRadio, { groupName, radioName });
    if (result.error) throw new Error(`checkRadio: ${result.error}`);
    await this.raw.mouse.click(result.x, result.y);
    await this.waitFor(
      findRadio,
      { groupName, radioName: null, expect: radioName },
      { message: `"${radioName}" checked in "${groupName}"` },
    );
  }
}

/** In page: the radio group by accessible name, and one radio's centre (scrolled into view). */
function findRadio({ groupName, radioName, expect }) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const name = (g) =>
    norm(g.getAttribute('aria-label')) ||
    norm((g.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  const groups = [...document.querySelectorAll('[role="radiogroup"]')];
  const matching = groups.filter((g) => name(g) === groupName);
  if (matching.length !== 1) return { error: `${matching.length} radio groups named "${groupName}"; there are ${groups.length}` };
  const radios = [...matching[0].querySelectorAll('input[type="radio"]')].map((r) => ({
    el: r,
    name: norm(r.getAttribute('aria-label') || [...r.labels].map((l) => l.textContent).join(' ')),
  }));
  const checked = radios.find((r) => r.el.checked)?.name ?? null;
  if (radioName === null) return expect === undefined ? { checked, names: radios.map((r) => r.name) } : checked === expect;
  const radio = radios.filter((r) => r.name === radioName);
  if (radio.length !== 1) return { error: `${radio.length} radios named "${radioName}" in "${groupName}": ${JSON.stringify(radios.map((r) => r.name))}` };
  radio[0].el.scrollIntoView({ block: 'center' });
  const r = radio[0].el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const label = radio[0].el.labels[0];
  if (hit !== radio[0].el && !(label && label.contains(hit))) return { error: `radio "${radioName}" is covered by <${hit?.localName}>` };
  return { x, y, checked };
}
