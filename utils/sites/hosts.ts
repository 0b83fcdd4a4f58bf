/**
 * Match patterns of every supported site. Used by the manifest (wxt.config.ts: host
 * permissions) and the content script (matches), so it must stay free of side effects
 * and browser APIs.
 */
export const AO3_HOSTS = [
  'archiveofourown.org',
  'archiveofourown.com',
  'archiveofourown.net',
  'archiveofourown.gay',
  'ao3.org',
] as const;

export const AO3_PATTERNS = AO3_HOSTS.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);
export const DREAMWIDTH_PATTERNS = ['*://*.dreamwidth.org/*'];
export const LIVEJOURNAL_PATTERNS = ['*://*.livejournal.com/*'];
export const FFN_PATTERNS = ['*://www.fanfiction.net/*', '*://m.fanfiction.net/*', '*://www.fictionpress.com/*', '*://m.fictionpress.com/*'];
export const XENFORO_PATTERNS = ['*://forums.spacebattles.com/*', '*://forums.sufficientvelocity.com/*'];
export const ROYALROAD_PATTERNS = ['*://www.royalroad.com/*'];

export const HOST_PATTERNS = [...AO3_PATTERNS, ...DREAMWIDTH_PATTERNS, ...LIVEJOURNAL_PATTERNS, ...FFN_PATTERNS, ...XENFORO_PATTERNS, ...ROYALROAD_PATTERNS];
