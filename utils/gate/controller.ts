/**
 * The content script's controller.
 *
 *   early.css        hides every story container before first paint
 *        │
 *   site adapter     finds the units on the page and reads what each declares
 *        │
 *   warnings/        header parsing and trigger matching → findings (pure)
 *        │
 *   decision         findings + the reader's settings → show / warn / hide (pure)
 *        │
 *   gate             release (data-heed=clear) or blur/collapse + inert + card
 *
 * Units with no finding at all are released at DOMContentLoaded without waiting for
 * settings; the rest as soon as settings arrive. Settings changes re-decide every unit the
 * reader has not opened. Failure is fail-safe per unit: a unit whose reading throws is
 * released; a unit with a detected warning stays hidden.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { actionFor, type StoredSettings } from '../settings/schema';
import { onSettingsChanged, readSettings } from '../settings/storage';
import type { SiteAdapter, Unit } from '../sites/types';
import { decide } from '../warnings/decision';
import type { Finding } from '../warnings/types';
import { GATE_TAG, mountGate, type MountedGate } from './mount';

type State = 'clear' | 'warn' | 'hide' | 'shown';

interface UnitState {
  unit: Unit;
  findings: Finding[];
  gate?: MountedGate;
  /** The reader chose to read it: settings changes never close it again on this page view. */
  opened: boolean;
}

/** Heed's own main-thread time, as User Timing measures (`npm run bench` reads them). */
function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`heed:${name}`, { start, end: performance.now() });
  }
}

function setState(el: HTMLElement, state: State) {
  el.dataset.heed = state;
  const gated = state === 'warn' || state === 'hide';
  if (gated) {
    el.inert = true;
    // inert already removes it for browsers and screen readers; aria-hidden says the same to
    // tools that compute accessibility themselves and do not know inert.
    el.setAttribute('aria-hidden', 'true');
  } else if (el.inert) {
    el.inert = false;
    el.removeAttribute('aria-hidden');
  }
}

function read(unit: Unit): Finding[] {
  try {
    return unit.read();
  } catch (error) {
    console.warn('Heed: could not read this story; releasing it', error);
    return [];
  }
}

function leave() {
  if (history.length > 1) history.back();
  else location.assign('/');
}

function openSettings() {
  browser.runtime.sendMessage({ type: 'heed:open-options' }).catch(() => {});
}

export class Controller {
  private units = new Map<HTMLElement, UnitState>();
  private settings: StoredSettings | undefined;

  constructor(
    /** The page's site, or undefined when the site's adapter does not handle this page. */
    private readonly site: SiteAdapter | undefined,
    private readonly doc: Document,
    /** Every container the site's early CSS hides. */
    private readonly containers: string,
  ) {}

  /** Finds units not seen before and reads them; units with nothing declared are released at once. */
  scan(root: ParentNode = this.doc): void {
    if (!this.site) return;
    for (const unit of this.site.findUnits(root)) {
      if (this.units.has(unit.element)) continue;
      const state: UnitState = { unit, findings: read(unit), opened: false };
      this.units.set(unit.element, state);
      if (state.findings.length === 0) setState(unit.element, 'clear');
      else if (this.settings) this.apply(state);
    }
  }

  /**
   * Reads again the units whose sources contain a changed node (AO3's "Show warnings"
   * loading the tags), and forgets units that left the page.
   */
  reread(changed: readonly Node[]): void {
    for (const [element, state] of this.units) {
      if (!element.isConnected) {
        state.gate?.remove();
        this.units.delete(element);
        continue;
      }
      const sources = state.unit.sources?.() ?? [];
      if (state.opened || !changed.some((node) => sources.some((source) => source.contains(node)))) continue;
      const findings = read(state.unit);
      if (JSON.stringify(findings) === JSON.stringify(state.findings)) continue;
      state.findings = findings;
      this.apply(state);
    }
  }

  /**
   * Releases containers the early CSS hid that no adapter claims (other page types, odd
   * markup). An empty container stays pending: it shows nothing yet, and content arriving
   * later (a Dreamwidth cut being expanded) must be decided before it is seen.
   */
  releaseUnclaimed(root: ParentNode = this.doc): void {
    for (const el of root.querySelectorAll<HTMLElement>(this.containers)) {
      if (!el.dataset.heed && !this.units.has(el) && el.hasChildNodes()) setState(el, 'clear');
    }
  }

  setSettings(settings: StoredSettings): void {
    this.settings = settings;
    for (const state of this.units.values()) this.apply(state);
  }

  private apply(state: UnitState): void {
    const el = state.unit.element;
    if (state.opened || !this.settings) return;
    const settings = this.settings;
    const decision = decide(state.findings, (id) => actionFor(settings, id));
    // Nothing declared, or nothing the reader minds: released, and any earlier card goes
    // (a re-read can turn a gated unit clear: AO3's "Show warnings" loading "No Archive Warnings Apply").
    if (decision.action === 'show') {
      state.gate?.remove();
      state.gate = undefined;
      return setState(el, 'clear');
    }
    const props = {
      action: decision.action,
      reasons: decision.reasons,
      compact: state.unit.compact ?? false,
      onShow: () => this.open(state),
      onLeave: leave,
      onSettings: openSettings,
    };
    try {
      if (state.gate) state.gate.update(props);
      else state.gate = mountGate(el, props);
    } finally {
      // Even if the card failed to render, a story with a detected warning stays unreadable.
      setState(el, decision.action);
    }
  }

  private open(state: UnitState): void {
    const el = state.unit.element;
    state.opened = true;
    state.gate?.remove();
    state.gate = undefined;
    setState(el, 'shown');
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
  }

  get size(): number {
    return this.units.size;
  }
}

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * One MutationObserver for the page, batched per frame: new story containers (infinite
 * scroll, appended blurbs, script-built pages) are found and decided, units whose sources
 * changed are read again, and containers no adapter claims are released. Heed's own gate
 * elements are ignored, so its work never feeds the observer.
 */
function observeChanges(ctx: ContentScriptContext, controller: Controller, doc: Document) {
  let changed: Node[] = [];
  const observer = new MutationObserver((records) => {
    const first = changed.length === 0;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && (n as Element).localName !== GATE_TAG) changed.push(r.target);
        else if (n.nodeType === 3) changed.push(r.target);
      }
    }
    if (!first || changed.length === 0) return;
    requestAnimationFrame(() => {
      const batch = changed;
      changed = [];
      timed('mutations', () => {
        controller.scan();
        controller.reread(batch);
        controller.releaseUnclaimed();
      });
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/** Runs Heed on the page for one site: each site has its own content script (entrypoints/<site>.content). */
export async function startHeed(ctx: ContentScriptContext, adapter: SiteAdapter, doc: Document = document): Promise<void> {
  const site = adapter.test(new URL(doc.location.href)) ? adapter : undefined;
  const controller = new Controller(site, doc, adapter.containerSelector);
  const settingsLoaded = readSettings();
  try {
    await domReady(doc);
    timed('scan', () => {
      controller.scan();
      controller.releaseUnclaimed();
    });
    // Even where no adapter applies, containers added later must not stay hidden.
    observeChanges(ctx, controller, doc);
    if (!site) return;
    const settings = await settingsLoaded;
    timed('decide', () => controller.setSettings(settings));
    const unwatch = onSettingsChanged((next) => timed('settings', () => controller.setSettings(next)));
    ctx.onInvalidated(unwatch);
  } catch (error) {
    // Whatever went wrong, never leave an undecided story hidden forever.
    console.error('Heed failed on this page', error);
    controller.releaseUnclaimed();
  }
}
