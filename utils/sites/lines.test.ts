import { describe, expect, test } from 'vitest';
import { BREAK } from '../warnings/header';
import { elementLines } from './lines';

function lines(html: string, stopAtCut = true): string[] {
  const div = document.createElement('div');
  div.innerHTML = html;
  return elementLines(div, { stopAtCut }).filter((l, i, all) => !(l === '' && i === all.length - 1));
}

describe('elementLines: markup to the lines an author typed', () => {
  test.each([
    ['br-separated header', 'PAIRING: A/B<br />WARNING: Character death!<br /><br />Story', ['PAIRING: A/B', 'WARNING: Character death!', '', 'Story']],
    ['bold label split across tags', '<b>Warn</b><b>ings:</b> suicide<br>Story', ['Warnings: suicide', 'Story']],
    ['bold label, colon outside', '<strong>Warnings</strong>: self-harm', ['Warnings: self-harm']],
    ['table cells join into one line', '<table><tr><td><b>Warnings:</b></td><td>Character death</td></tr></table>', ['Warnings: Character death']],
    ['paragraphs are separated by a gap', '<p>Title: X</p><p>Story starts.</p>', ['Title: X', '', 'Story starts.']],
    ['list items are lines', 'Warnings:<ul><li>suicide</li><li>blood</li></ul>', ['Warnings:', '', 'suicide', 'blood']],
    ['hr is a break', 'Warnings: none<hr>Story', ['Warnings: none', BREAK, 'Story']],
    ['whitespace collapses', 'Warnings:\n   suicide\n\tand  blood', ['Warnings: suicide and blood']],
    ['scripts and hidden text are skipped', 'A<script>var x</script><span style="display:none">secret</span>B', ['AB']],
  ])('%s', (_name, html, expected) => {
    expect(lines(html)).toEqual(expected);
  });

  test('reading stops at a cut anchor', () => {
    expect(lines('WARNING: x<br /><a name="cutid1"></a>Story text')).toEqual(['WARNING: x', BREAK]);
  });

  test('reading stops at a folded cut on list pages', () => {
    expect(lines('TW: blood<br /><span class="cut-wrapper"><a href="#cutid1">Read more</a></span>')).toEqual(['TW: blood', BREAK]);
  });

  test('reading stops after maxChars, so long stories cost the same as short ones', () => {
    const div = document.createElement('div');
    div.innerHTML = Array.from({ length: 5000 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('');
    const out = elementLines(div, { maxChars: 500 });
    expect(out.join('').length).toBeLessThan(600);
  });
});
