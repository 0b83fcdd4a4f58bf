import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { SiteAdapter, Unit } from '../sites/types';
import type { Finding } from '../warnings/types';
import { Controller } from './controller';

function adapter(reads: Array<() => Finding[]>): SiteAdapter {
  return {
    id: 'test',
    name: 'Test',
    matches: [],
    test: () => true,
    containerSelector: '.story',
    findUnits: (root) =>
      [...root.querySelectorAll<HTMLElement>('.story')].map((element, i): Unit => ({ element, read: reads[i] ?? (() => []) })),
    examples: { matching: [], notMatching: [] },
  };
}

const death: Finding = { kind: 'trigger', trigger: 'character_death', source: 'header' };

function states() {
  return [...document.querySelectorAll<HTMLElement>('.story')].map((el) => {
    // Gated means both inert and aria-hidden, released means neither.
    expect(el.getAttribute('aria-hidden') === 'true').toBe(el.inert);
    return [el.dataset.heed, el.inert];
  });
}

describe('Controller', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div class="story">one</div><div class="story">two</div><div class="story">three</div>';
  });

  test('units with nothing declared are released before settings arrive', () => {
    const c = new Controller(adapter([() => [death], () => []]), document, '.story');
    c.scan();
    expect(states()).toEqual([[undefined, false], ['clear', false], ['clear', false]]);
    c.setSettings({ actions: {} });
    expect(states()).toEqual([['warn', true], ['clear', false], ['clear', false]]);
    expect(document.querySelectorAll('heed-gate')).toHaveLength(1);
  });

  test('a unit whose reading throws is released; the others are still decided', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const c = new Controller(adapter([() => { throw new Error('odd markup'); }, () => [death]]), document, '.story');
    c.scan();
    c.setSettings({ actions: {} });
    expect(states()).toEqual([['clear', false], ['warn', true], ['clear', false]]);
    spy.mockRestore();
  });

  test('settings changes re-decide: release, then gate again', () => {
    const c = new Controller(adapter([() => [death]]), document, '.story');
    c.scan();
    c.setSettings({ actions: {} });
    c.setSettings({ actions: { character_death: 'show' } });
    expect(states()[0]).toEqual(['clear', false]);
    expect(document.querySelector('heed-gate')).toBeNull();
    c.setSettings({ actions: { character_death: 'hide' } });
    expect(states()[0]).toEqual(['hide', true]);
  });

  test('Show story opens the unit, focuses it, and settings changes never close it again', () => {
    const c = new Controller(adapter([() => [death]]), document, '.story');
    c.scan();
    c.setSettings({ actions: {} });
    const button = [...document.querySelector('heed-gate')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Show story')!;
    button.click();
    const story = document.querySelector<HTMLElement>('.story')!;
    expect(states()[0]).toEqual(['shown', false]);
    expect(document.activeElement).toBe(story);
    c.setSettings({ actions: { character_death: 'hide' } });
    expect(states()[0]).toEqual(['shown', false]);
  });

  test('containers no adapter claims are released', () => {
    const c = new Controller(undefined, document, '#workskin, .entry-content');
    document.body.innerHTML = '<div id="workskin">x</div><div class="entry-content">y</div>';
    c.releaseUnclaimed();
    expect([...document.querySelectorAll<HTMLElement>('div')].map((d) => d.dataset.heed)).toEqual(['clear', 'clear']);
  });

  test('a unit is read once however often the page is scanned', () => {
    const read = vi.fn(() => [death]);
    const c = new Controller(adapter([read]), document, '.story');
    c.scan();
    c.scan();
    expect(read).toHaveBeenCalledTimes(1);
    expect(c.size).toBe(3);
  });
});

describe('Controller: content that changes', () => {
  test('a unit is read again when its sources change, and re-decided', () => {
    document.body.innerHTML = '<dl class="meta"><dd></dd></dl><div class="story">one</div>';
    const meta = document.querySelector('dl')!;
    let findings: Finding[] = [];
    const site: SiteAdapter = {
      ...adapter([]),
      findUnits: (root) => [...root.querySelectorAll<HTMLElement>('.story')].map((element) => ({ element, read: () => findings, sources: () => [meta] })),
    };
    const c = new Controller(site, document, '.story');
    c.scan();
    c.setSettings({ actions: {} });
    expect(states()).toEqual([['clear', false]]);
    // As AO3's "Show warnings" link does: the tags arrive in the meta block.
    findings = [death];
    const dd = meta.querySelector('dd')!;
    dd.append(document.createElement('a'));
    c.reread([dd]);
    expect(states()).toEqual([['warn', true]]);
    // A change elsewhere does not read it again.
    findings = [];
    c.reread([document.body]);
    expect(states()).toEqual([['warn', true]]);
    // A re-read that finds nothing releases it and removes its card.
    dd.append(document.createElement('a'));
    c.reread([dd]);
    expect(states()).toEqual([['clear', false]]);
    expect(document.querySelector('heed-gate')).toBeNull();
  });

  test('units that leave the page are forgotten with their gate', () => {
    document.body.innerHTML = '<div class="story">one</div><div class="story">two</div><div class="story">three</div>';
    const c = new Controller(adapter([() => [death]]), document, '.story');
    c.scan();
    c.setSettings({ actions: {} });
    document.querySelector('.story')!.remove();
    c.reread([]);
    expect(c.size).toBe(2);
    expect(document.querySelectorAll('heed-gate')).toHaveLength(0);
  });
});
