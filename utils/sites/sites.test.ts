import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITES, siteFor } from '.';
import { HOST_PATTERNS } from './hosts';

const examples = SITES.flatMap((site) => [
  ...site.examples.matching.map((url) => ({ site: site.id, url, matches: true })),
  ...site.examples.notMatching.map((url) => ({ site: site.id, url, matches: false })),
]);

describe('example URLs, checked against every adapter', () => {
  test.each(examples)('$url → $site: $matches', ({ site, url, matches }) => {
    const found = SITES.filter((s) => s.test(new URL(url))).map((s) => s.id);
    if (matches) expect(found).toEqual([site]);
    else expect(found).not.toContain(site);
  });
});

test('every adapter lists positive and negative examples', () => {
  for (const site of SITES) {
    expect(site.examples.matching.length, site.id).toBeGreaterThan(0);
    expect(site.examples.notMatching.length, site.id).toBeGreaterThan(0);
  }
});

test('every adapter host is in the manifest host patterns', () => {
  for (const site of SITES) for (const p of site.matches) expect(HOST_PATTERNS).toContain(p);
});

describe('each site has its own content script whose early.css hides every container it handles', () => {
  test.each(SITES.map((s) => [s.id, s] as const))('%s', (_id, site) => {
    const dir = resolve(__dirname, `../../entrypoints/${site.id}.content`);
    const entry = readFileSync(resolve(dir, 'index.ts'), 'utf8');
    expect(entry).toMatch(new RegExp(`startHeed\\(ctx, ${site.id}\\)`));
    const css = readFileSync(resolve(dir, 'early.css'), 'utf8');
    // Up to the closing "):not([data-heed])", so selectors may hold parentheses of their own.
    const hiddenList = /:is\(([\s\S]*?)\):not\(\[data-heed\]\)/.exec(css)?.[1] ?? '';
    const hidden = hiddenList.split(',').map((s) => s.replace(/\s+/g, ' ').trim());
    for (const selector of site.containerSelector.split(',').map((s) => s.trim())) {
      expect(hidden, `${site.id}: ${selector}`).toContain(selector);
    }
  });
});

test('siteFor picks the adapter of a supported site, and none elsewhere', () => {
  expect(siteFor(new URL('https://archiveofourown.org/works/1'))?.id).toBe('ao3');
  expect(siteFor(new URL('https://archiveofourown.org/tags/Fluff/works'))?.id).toBe('ao3');
  expect(siteFor(new URL('https://example.org/works/1'))).toBeUndefined();
  expect(siteFor(new URL('https://user.dreamwidth.org/1.html'))?.id).toBe('dreamwidth');
});
