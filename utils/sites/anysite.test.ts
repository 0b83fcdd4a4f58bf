import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { originPattern } from './added-sites';
import { anySite, findMainContent } from './anysite';

const compact = (fs: Finding[]) => [...new Set(fs.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind)))].sort();
const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Placeholder paragraph ${i} about a quiet winter evening by the sea.</p>`).join('');

describe('any site: the main content and the header at its top', () => {
  test.each<[string, string, string[], string[][]]>([
    ['an article with a header', `<nav>menu</nav><article>Title: Snow<br>Warnings: suicide<br><br>${prose(6)}</article><aside>sidebar</aside>`, ['ARTICLE'], [['suicide']]],
    ['several articles, each its own unit', `<article>TW: blood<br><br>${prose(5)}</article><article>${prose(5)}</article>`, ['ARTICLE', 'ARTICLE'], [['gore'], []]],
    ['short article cards are not stories; main is', `<article>teaser</article><main><p>CW: self-harm</p>${prose(6)}</main>`, ['MAIN'], [['self_harm']]],
    ['no landmark: the largest block of paragraphs', `<div id="nav"><p>Home</p></div><div id="text"><p>Warning: character death</p>${prose(8)}</div>`, ['DIV'], [['character_death']]],
    ['a page with no warning header', `<main>${prose(6)}</main>`, ['MAIN'], [[]]],
    ['"warning" in prose is not a header', `<main><p>She ignored the warning on the door and went in.</p>${prose(6)}</main>`, ['MAIN'], [[]]],
  ])('%s', (_name, html, tags, findings) => {
    document.body.innerHTML = html;
    const units = anySite.findUnits(document);
    expect(units.map((u) => u.element.tagName)).toEqual(tags);
    expect(units.map((u) => compact(u.read()))).toEqual(findings);
  });

  test('nothing to gate on a page without text', () => {
    document.body.innerHTML = '<div><img alt=""></div>';
    expect(findMainContent(document)).toEqual([]);
  });

  test('its early CSS hides the landmarks it gates', () => {
    for (const s of ['article', 'main', '[role="main"]']) expect(anySite.containerSelector).toContain(s);
  });
});

describe('originPattern: the permission asked for a page', () => {
  test.each([
    ['https://stories.example.org/2024/05/snow.html', 'https://stories.example.org/*'],
    ['http://example.org:8080/a?b=c', 'http://example.org:8080/*'],
    ['chrome://extensions', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, expected) => {
    expect(originPattern(url)).toBe(expected);
  });
});
