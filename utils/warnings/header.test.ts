import { describe, expect, it } from 'vitest';
import { BREAK, inlineWarnings, parseFieldLine, parseHeader } from './header';
import { compact, postLines } from './test-utils';

/** Findings of the header at the top of `post` (lines; `<hr>` stands for a cut or rule). */
function header(post: string, options: Parameters<typeof parseHeader>[1] = {}): string[] {
  return compact(parseHeader(postLines(post), options).findings);
}

const STORY = 'The rain had not stopped for three days, and nobody in the house said anything about it.';

describe('parseFieldLine', () => {
  it.each<[string, string, string]>([
    ['WARNING: Character death!', 'warning', 'character death!'],
    ['warning: character death', 'warning', 'character death'],
    ['Warnings: x', 'warning', 'x'],
    ['Warning(s): x', 'warning', 'x'],
    ['WARNING! x', 'warning', 'x'],
    ['WARNING!: x', 'warning', 'x'],
    ['Content warning: x', 'warning', 'x'],
    ['Content warning(s): x', 'warning', 'x'],
    ['Content notes: x', 'warning', 'x'],
    ['CW: x', 'warning', 'x'],
    ['TW: x', 'warning', 'x'],
    ['TW // x', 'warning', 'x'],
    ['tw//x', 'warning', 'x'],
    ['tw x', 'warning', 'x'],
    ['Trigger warning(s): x', 'warning', 'x'],
    ['Trigger Warnings - x', 'warning', 'x'],
    ['**Warnings:** x', 'warning', 'x'],
    ['Warnings \u2014 x', 'warning', 'x'],
    ['Warnings\uFF1A x', 'warning', 'x'],
    ['Warnings (this chapter): x', 'warning', 'x'],
    ['Chapter 3 warnings: x', 'warning', 'x'],
    ['Warnings for this chapter: x', 'warning', 'x'],
    ['Summary for the story: x', 'field', 'x'],
    ['Warnings/Spoilers: x', 'warning', 'x'],
    ['Archive Warning: x', 'warning', 'x'],
    ['Warnings:', 'warning', ''],
    ['WARNING', 'warning', ''],
    ['PAIRING: Spike/Xander', 'field', 'spike/xander'],
    ['SUMMARY: "He did not say goodbye."', 'field', '"he did not say goodbye."'],
    ['Twilight: a retelling', 'field', 'a retelling'],
    ['A/N: tw for suicide', 'note', 'tw for suicide'],
    ['Additional Tags: Angst, Fluff', 'tag', 'angst, fluff'],
  ])('%s → %s %j', (line, kind, value) => {
    const field = parseFieldLine(line);
    expect(field && { kind: field.kind, value: field.value }).toEqual({ kind, value });
  });

  it.each<[string]>([
    ['He said - quietly - that it was over.'],
    ['It was a warning, nothing more.'],
    ['"Warning: the bridge is out," the sign said.'],
    [''],
  ])('%j is not a field', (line) => {
    expect(parseFieldLine(line)).toBeUndefined();
  });
});

describe('parseHeader: every way to write the warning label', () => {
  it.each<[string]>([
    ['WARNING: suicide!'],
    ['warning: suicide'],
    ['Warnings: suicide'],
    ['Warning(s): suicide'],
    ['WARNING! suicide'],
    ['Content warning: suicide'],
    ['Content warnings: suicide'],
    ['Content Warning(s): suicide'],
    ['Content notes: suicide'],
    ['CW: suicide'],
    ['CWs: suicide'],
    ['CN: suicide'],
    ['TW: suicide'],
    ['TWs: suicide'],
    ['T/W: suicide'],
    ['TW // suicide'],
    ['tw suicide'],
    ['Trigger warning: suicide'],
    ['Trigger Warning(s): suicide'],
    ['Triggers: suicide'],
    ['Chapter warnings: suicide'],
    ['This chapter contains: suicide'],
    ['Heads up: suicide'],
    // Bold labels split across tags and table cells reach us as one joined line.
    ['Warnings: suicide'],
    ['  Warnings:   suicide  '],
    ['**Warnings:** suicide'],
    ['[Warning: suicide]'],
    ['Warnings - suicide'],
    ['Tags/Warnings: fluff, suicide'],
  ])('%j', (line) => {
    const post = `Title: Rain\nRating: PG-13\n${line}\n\n${STORY}`;
    expect(header(post)).toEqual(['trigger:suicide']);
    expect(parseHeader(postLines(post)).labelled).toBe(true);
  });
});

const SEED = `PAIRING: Spike/Xander
SUMMARY: "You never said you were leaving."
WARNING: Character death!
THANKS: to everyone who read the first draft, and my cat



${STORY}
"Don't," he said. "Please don't."
Warning: he was not going to listen.
The End`;

describe('parseHeader: headers as people write them', () => {
  it.each<[string, string, string[]]>([
    ['the seed header, story after three blank lines', SEED, ['trigger:character_death']],
    ['the seed header in lower case', SEED.toLowerCase(), ['trigger:character_death']],
    [
      'a list on the next lines',
      `Title: Rain\nWarnings:\n- suicide\n- self harm\n\n${STORY}`,
      ['trigger:self_harm', 'trigger:suicide'],
    ],
    [
      'a list after a blank line, then more fields',
      `Title: Rain\nWarnings:\n\n* suicide\n* drug use\nRating: M\n\n${STORY}`,
      ['trigger:drugs', 'trigger:suicide'],
    ],
    ['a bare WARNINGS line and unbulleted items', `WARNINGS\ncharacter death\nblood\n\n${STORY}`, ['trigger:character_death', 'trigger:gore']],
    [
      'fields separated by blank lines',
      `Title: Rain\n\nRating: M\n\nWarnings: past child abuse\n\n${STORY}`,
      ['trigger:child_abuse'],
    ],
    ['an A/N line with a tw', `Title: Rain\nA/N: tw for suicide mention\n\n${STORY}`, ['trigger:suicide']],
    ["an author's note with a cw", `Author's note: thanks to my beta! cw // blood\n\n${STORY}`, ['trigger:gore']],
    ['a tw line before any field', `(tw: self harm)\nTitle: Rain\n\n${STORY}`, ['trigger:self_harm']],
    ['Warnings: none', `Title: Rain\nWarnings: none\n\n${STORY}`, []],
    ['Warnings: n/a', `Title: Rain\nWarnings: n/a\n\n${STORY}`, []],
    ['no warnings', `Title: Rain\nWarnings: no warnings apply\n\n${STORY}`, []],
    ['choose not to warn', `Title: Rain\nWarnings: Choose not to warn\n\n${STORY}`, ['unknown']],
    ['heed the tags', `Title: Rain\nWarnings: please heed the tags\n\n${STORY}`, ['unknown']],
    ['a negated warning', `Title: Rain\nWarning: no character death (everyone lives!)\n\n${STORY}`, []],
    ['slash, unbeta\u2019d', `Title: Rain\nWarnings: slash, unbeta'd\n\n${STORY}`, []],
    [
      'genre words in the warning field',
      `Title: Rain\nWarnings: fluff, crack, OOC, AU, spoilers for season 2, humor, femslash, het, schmoop, no beta we die like men\n\n${STORY}`,
      [],
    ],
    ['an unrecognized warning', `Title: Rain\nWarnings: dark themes\n\n${STORY}`, ['other']],
    ['an abbreviation in the warning field', `Title: Rain\nPairing: SH/JW\nWarnings: SH\n\n${STORY}`, ['trigger:self_harm']],
    ['an abbreviation in a pairing', `Title: Rain\nPairing: SH/JW\nRating: PG\n\n${STORY}`, []],
    [
      'emotional fields around the warning',
      `Title: Rain\nSummary: He wanted to die, or so he said.\nWarning: angst\nDedication: for my sister, who survived\n\n${STORY}`,
      [],
    ],
    ['a mixed label with tags in it', `Tags/Warnings: bed sharing, hurt/comfort, suicide\n\n${STORY}`, ['trigger:suicide']],
  ])('%s', (_name, post, expected) => {
    expect(header(post)).toEqual(expected);
  });
});

describe('parseHeader: AO3 share code and downloads pasted into a post', () => {
  const SHARE = `Rain (1234 words) by someone
Chapters: 1/1
Fandom: Sherlock (TV)
Rating: Mature
Warnings: Graphic Depictions Of Violence, Major Character Death
Relationships: Sherlock Holmes/John Watson
Characters: Sherlock Holmes (SH), John Watson
Additional Tags: Implied/Referenced Suicide, Hurt/Comfort, No Beta We Die Like Men, Death Eaters
Summary:

John goes back to war, in a way.

${STORY}`;

  it.each<[string, string, string[]]>([
    ['share code', SHARE, ['trigger:character_death', 'trigger:suicide', 'trigger:violence']],
    [
      'share code, no archive warnings',
      SHARE.replace('Graphic Depictions Of Violence, Major Character Death', 'No Archive Warnings Apply').replace(
        'Implied/Referenced Suicide, ',
        '',
      ),
      [],
    ],
    [
      'share code, creator chose not to warn',
      SHARE.replace('Graphic Depictions Of Violence, Major Character Death', 'Creator Chose Not To Use Archive Warnings'),
      ['trigger:suicide', 'unknown'],
    ],
    [
      'share code, old and new underage names',
      SHARE.replace('Major Character Death', 'Underage').replace('Graphic Depictions Of Violence', 'Underage Sex'),
      ['trigger:suicide', 'trigger:underage_sex'],
    ],
    [
      'HTML download: labels and values on their own lines',
      `Rating:\nExplicit\nArchive Warning:\nMajor Character Death\nAdditional Tags:\nImplied/Referenced Self-Harm, Fluff\nStats:\nWords: 1234\n\n${STORY}`,
      ['trigger:character_death', 'trigger:self_harm'],
    ],
  ])('%s', (_name, post, expected) => {
    expect(header(post)).toEqual(expected);
  });
});

describe('parseHeader: the header ends where the story starts', () => {
  it.each<[string, string]>([
    ['a cut or <hr>', `Title: Rain\nWarnings: none\n<hr>\nWarning: rape`],
    ['a dashed line', `Title: Rain\nWarnings: none\n- - - -\nWarning: rape`],
    ['a solid dashed line', `Title: Rain\nWarnings: none\n-----\nWarning: rape`],
    ['a tilde line', `Title: Rain\nWarnings: none\n~~~\nWarning: rape`],
    ['a star line', `Title: Rain\nWarnings: none\n* * *\nWarning: rape`],
    ['blank lines then prose', `Title: Rain\nWarnings: none\n\n${STORY}\nWarning: rape`],
    ['blank lines, prose, blank, a field-like line', `Title: Rain\nWarnings: none\n\n${STORY}\n\nWarning: rape`],
    ['a cut before any field', `${STORY}\n<hr>\nWarning: rape`],
    ['the seed story', SEED.replace('Character death!', 'none')],
  ])('%s', (_name, post) => {
    expect(header(post)).toEqual([]);
  });

  it('reads fields after a dashed line that comes before any field', () => {
    expect(header(`~~~~~\nTitle: Rain\nWarnings: blood\n~~~~~\n${STORY}`)).toEqual(['trigger:gore']);
  });
});

describe('parseHeader: "warning" in ordinary prose is not a header', () => {
  it.each<[string]>([
    ['He got a warning for fighting in the hall.\nHis mother sighed.'],
    ['The teacher gave a final warning: no more drinking in class.\nShe left.'],
    ['Warning shots rang out over the water.\nHe ran.'],
    ['It was a warning, and she ignored it. The knife was still in the drawer.'],
  ])('%j', (post) => {
    const result = parseHeader(postLines(post));
    expect(compact(result.findings)).toEqual([]);
    expect(result.labelled).toBe(false);
  });
});

describe('parseHeader: whole-text mode (notes blocks)', () => {
  it.each<[string, string[]]>([
    ['Thanks for reading!\n\nTW: blood, vomiting\n\nSee you next week.', ['trigger:gore', 'trigger:vomit']],
    ['So this one got away from me.\n\nWarnings for mentions of self harm and an eating disorder.', ['trigger:eating_disorder', 'trigger:self_harm']],
    ['Happy birthday, Sam!\n<hr>\n(cw: suicide)', ['trigger:suicide']],
    ['I got a warning for posting late, oops.', []],
  ])('%j → %j', (notes, expected) => {
    expect(header(notes, { wholeText: true, source: 'note' })).toEqual(expected);
  });
});

describe('inlineWarnings: a TW inside a line', () => {
  it.each<[string, string[]]>([
    ['tw for suicide mention', ['trigger:suicide']],
    ['(tw: blood)', ['trigger:gore']],
    ['this one is sad (cw self harm) sorry', ['trigger:self_harm']],
    ['thanks to my beta! tw // ed, sh', ['trigger:eating_disorder', 'trigger:self_harm']],
    ['content warning - self harm', ['trigger:self_harm']],
    ['Fic: Rain (warning: character death)', ['trigger:character_death']],
    ['Just a warning: rape mention', ['trigger:rape_non_con']],
    ['Fair warning for violence.', ['trigger:violence']],
    ['Rain (no warnings)', []],
    ['He got a warning for fighting.', []],
    ['I owe you all a warning for the delay', []],
    ['Twenty: the end', []],
  ])('%j → %j', (line, expected) => {
    expect(compact(inlineWarnings(line, 'note'))).toEqual(expected);
  });
});

it('BREAK is a line no author can type', () => {
  expect(BREAK.trim()).toBe('');
  expect(parseFieldLine(BREAK)).toBeUndefined();
});

describe('a TW inside another field is still read', () => {
  it.each<[string, string[], string[]]>([
    ['summary with a bracketed TW', ['Title: Snow', 'Summary: Two friends, one winter. (tw: drowning)', '', 'Story.'], ['trigger:suffocation']],
    ['sentence that looks like a label', ['A quiet story. TW: drowning'], ['trigger:suffocation']],
    ['rating reason is not a warning', ['Rating: R for language', '', 'Story.'], []],
  ])('%s', (_name, lines, expected) => {
    expect(compact(parseHeader(lines).findings)).toEqual(expected);
  });
});

describe('shapes found by the end-to-end fixtures', () => {
  it.each<[string, string[], string[]]>([
    ['one-line header with bars', ['Rating: K+ | Genre: Angst | Warnings: Character death'], ['trigger:character_death']],
    ['one-line header with slashes', ['Rating: K+ / Pairings: None / Warnings: Character death / Genre: Angst'], ['trigger:character_death']],
    ['warning first on a one-line header', ['Warnings: Character death | Rating: K+ | Genre: Angst'], ['trigger:character_death']],
    ['a TW followed by prose in a summary', ['TW: self-harm. Marin keeps her sleeves down and her head up, and her brother keeps counting paper cranes.'], ['trigger:self_harm']],
    ['a warning followed by a promise', ['Warning: character death. Fluff at the end, I promise.'], ['trigger:character_death']],
    ['"did" is a verb, not DID', ['Warning: character death. Until he did.'], ['trigger:character_death']],
    ['sentence-style list is kept', ['Warnings: suicide. Blood. Gore.'], ['trigger:gore', 'trigger:suicide']],
    ['a slash inside a value is not a field run', ['Pairing: Spike/Xander', 'Warnings: Rape/Non-Con'], ['trigger:rape_non_con']],
  ])('%s', (_name, lines, expected) => {
    expect(compact(parseHeader(lines, { wholeText: true }).findings)).toEqual(expected);
  });
});
