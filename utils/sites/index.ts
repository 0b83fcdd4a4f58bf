/**
 * The registry of site adapters. To add a site: write `utils/sites/<site>.ts` with its
 * URL patterns, example URLs and unit reader, add its patterns to hosts.ts, its container
 * selector to entrypoints/heed.content/early.css, and list it here.
 */
import { ao3 } from './ao3';
import { dreamwidth } from './dreamwidth';
import { livejournal } from './livejournal';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [ao3, dreamwidth, livejournal];

export function siteFor(url: URL): SiteAdapter | undefined {
  return SITES.find((s) => s.test(url));
}

/** Every container any site's early CSS may have hidden. */
export const ALL_CONTAINERS = SITES.map((s) => s.containerSelector).join(', ');
