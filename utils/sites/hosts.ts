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
  // Another archive running AO3's software (OTW's otwarchive), with its older warning names ("Underage").
  'squidgeworld.org',
] as const;

export const AO3_PATTERNS = AO3_HOSTS.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);
export const DREAMWIDTH_PATTERNS = ['*://*.dreamwidth.org/*'];
export const LIVEJOURNAL_PATTERNS = ['*://*.livejournal.com/*'];
export const FFN_PATTERNS = ['*://www.fanfiction.net/*', '*://m.fanfiction.net/*', '*://www.fictionpress.com/*', '*://m.fictionpress.com/*'];
export const XENFORO_PATTERNS = ['*://forums.spacebattles.com/*', '*://forums.sufficientvelocity.com/*'];
export const ROYALROAD_PATTERNS = ['*://www.royalroad.com/*'];
/** eFiction archives known to run the software; any other one through the any-site path. */
export const EFICTION_HOSTS = [
  'whofic.com',
  'sunnydaleafterdark.com',
  'ksarchive.com',
  'potionsandsnitches.org',
  'tgstorytime.com',
  'ncisfiction.com',
  'starskyhutcharchive.net',
  'starslibrary.net',
  'valentchamber.com',
  'gluttonyfiction.com',
  'thehookupzone.net',
  'dark-solace.org',
] as const;
export const EFICTION_PATTERNS = EFICTION_HOSTS.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);
export const QUOTEV_PATTERNS = ['*://quotev.com/*', '*://*.quotev.com/*'];
export const AFF_PATTERNS = ['*://*.adult-fanfiction.org/*'];
export const WATTPAD_PATTERNS = ['*://www.wattpad.com/*'];
export const TUMBLR_PATTERNS = ['*://*.tumblr.com/*'];

export const HOST_PATTERNS = [
  ...AO3_PATTERNS,
  ...DREAMWIDTH_PATTERNS,
  ...LIVEJOURNAL_PATTERNS,
  ...FFN_PATTERNS,
  ...XENFORO_PATTERNS,
  ...ROYALROAD_PATTERNS,
  ...EFICTION_PATTERNS,
  ...QUOTEV_PATTERNS,
  ...AFF_PATTERNS,
  ...WATTPAD_PATTERNS,
  ...TUMBLR_PATTERNS,
];
