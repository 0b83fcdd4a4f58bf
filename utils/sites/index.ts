/**
 * The registry of site adapters, for tests and the settings page. Content scripts do not
 * import it: each site has its own (entrypoints/<site>.content) with only its adapter, so a
 * page loads the code of one site. To add a site: write `utils/sites/<site>.ts` with its URL
 * patterns, example URLs and unit reader, add its patterns to hosts.ts, add
 * entrypoints/<site>.content/ (index.ts and early.css), and list it here.
 */
import { aff } from './aff';
import { ao3 } from './ao3';
import { dreamwidth } from './dreamwidth';
import { efiction } from './efiction';
import { ffn } from './ffn';
import { livejournal } from './livejournal';
import { quotev } from './quotev';
import { royalroad } from './royalroad';
import { tumblr } from './tumblr';
import { wattpad } from './wattpad';
import { xenforo } from './xenforo';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [ao3, dreamwidth, livejournal, ffn, xenforo, royalroad, efiction, quotev, aff, wattpad, tumblr];

export function siteFor(url: URL): SiteAdapter | undefined {
  return SITES.find((s) => s.test(url));
}
