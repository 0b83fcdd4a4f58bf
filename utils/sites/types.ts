import type { Finding } from '../warnings/types';

/** One story (or entry) that is gated or released on its own. */
export interface Unit {
  /** The element hidden while gated; the gate card goes right before it. */
  element: HTMLElement;
  /** What the page declares for this unit. May throw on odd markup: the controller then releases it. */
  read(): Finding[];
  /**
   * Elements whose changes mean the unit must be read again (AO3's "Show warnings" link
   * loading the tags into the meta block). The controller watches them for added content.
   */
  sources?(): Element[];
  /** One of many on a listing: a smaller card, and no "Go back" on each. */
  compact?: boolean;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns (manifest syntax) of the hosts this adapter serves. */
  matches: readonly string[];
  /** Whether this adapter handles the page at `url` (a supported host may still have pages it ignores). */
  test(url: URL): boolean;
  /**
   * Every container that early.css hides from first paint. The controller releases any of
   * them that is not a unit, so a selector here that the adapter does not handle is harmless.
   */
  containerSelector: string;
  findUnits(root: ParentNode): Unit[];
  /** Example URLs, checked against every adapter by the tests (each positive URL matches exactly one). */
  examples: { matching: readonly string[]; notMatching: readonly string[] };
}

/** Tests a URL against a manifest match pattern (scheme, host with optional `*.`, path). */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (scheme === '*' && url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return pathRe.test(url.pathname + url.search);
}

/** Whether the URL matches any of the patterns (a site's hosts). */
export function matchesAny(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesPattern(url, p));
}
