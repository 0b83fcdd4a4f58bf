import { describe, expect, it } from 'vitest';
import { compact, withModifiers } from './test-utils';
import { classifyItem, readTag, readWarningValue, splitItems, type ItemKind } from './values';

describe('splitItems', () => {
  it.each<[string, string[]]>([
    ['Character death!', ['character death']],
    ['suicide, self harm and drugs', ['suicide', 'self harm', 'drugs']],
    ['blood & gore; violence', ['blood', 'gore', 'violence']],
    ['suicide / self harm', ['suicide', 'self harm']],
    ['angst - character death', ['angst', 'character death']],
    ['Rape/Non-Con, Hurt/Comfort', ['rape/non-con', 'hurt/comfort']],
    ['- suicide', ['suicide']],
    ['1. suicide', ['suicide']],
    ['"dark themes."', ['dark themes']],
    ['violence (graphic), suicide (mentioned)', ['violence (graphic)', 'suicide (mentioned)']],
    ['Death (Good Omens)', ['death (good omens)']],
    ['self-harm', ['self-harm']],
  ])('%j → %j', (value, expected) => {
    expect(splitItems(value)).toEqual(expected);
  });
});

describe('classifyItem: what one item of a warning line is', () => {
  it.each<[string, ItemKind]>([
    ['Character death!', 'trigger'],
    ['Major Character Death', 'trigger'],
    ['none', 'none'],
    ['None.', 'none'],
    ['n/a', 'none'],
    ['N/A', 'none'],
    ['no warnings', 'none'],
    ['No warnings apply', 'none'],
    ['No Archive Warnings Apply', 'none'],
    ['nothing to warn for', 'none'],
    ['none except some blood', 'trigger'],
    ['no warnings for violence', 'none'],
    ['choose not to warn', 'unknown'],
    ['Creator Chose Not To Use Archive Warnings', 'unknown'],
    ['Choose Not To Use Archive Warnings', 'unknown'],
    ['CNTW', 'unknown'],
    ['no character death', 'negated'],
    ['Nobody Dies', 'negated'],
    ['MCD-free', 'negated'],
    ['Mori Ougai is Not a Pedophile', 'negated'],
    ['No Underage Sex', 'negated'],
    ['not a deathfic', 'negated'],
    ['Everyone Lives', 'negated'],
    ['everybody survives', 'negated'],
    ['they don\u2019t die', 'negated'],
    ['heed the tags', 'pointer'],
    ['please read the tags', 'pointer'],
    ['see end notes', 'pointer'],
    ['Dead Dove: Do Not Eat', 'pointer'],
    ['read at your own risk', 'pointer'],
    ['in the end notes', 'pointer'],
    ['(See the end of the chapter for notes.)', 'pointer'],
    ['mostly', 'filler'],
    ['and more', 'filler'],
    ['the usual', 'filler'],
    ['fluff', 'not-warning'],
    ['unbeta\u2019d', 'not-warning'],
    ['no beta we die like men', 'not-warning'],
    ['spoilers for season 2', 'not-warning'],
    ['slash', 'not-warning'],
    ['hurt/comfort', 'not-warning'],
    ['dark themes', 'unrecognized'],
    ['sadness', 'unrecognized'],
  ])('%s → %s', (item, kind) => {
    expect(classifyItem(item, 'header', 'warning').kind).toBe(kind);
  });
});

describe('readWarningValue: the value of a declared warning', () => {
  it.each<[string, string[]]>([
    // The seed header, and the plain ways to say a trigger.
    ['Character death!', ['trigger:character_death']],
    ['CHARACTER DEATH', ['trigger:character_death']],
    ['death', ['trigger:character_death']],
    ['MCD', ['trigger:character_death']],
    ['character death, suicide and self harm', ['trigger:character_death', 'trigger:self_harm', 'trigger:suicide']],
    ['Graphic Depictions Of Violence, Major Character Death', ['trigger:character_death', 'trigger:violence']],
    ['Rape/Non-Con', ['trigger:rape_non_con']],
    ['Underage', ['trigger:underage_sex']],
    ['Underage Sex', ['trigger:underage_sex']],
    ['Underage Drinking', ['trigger:alcohol']],
    ['non-con, dubcon', ['trigger:dubious_consent', 'trigger:rape_non_con']],
    ['Implied/Referenced Suicide', ['trigger:suicide']],
    ['Past Child Abuse', ['trigger:child_abuse']],
    ['s*icide, r*pe', ['trigger:rape_non_con', 'trigger:suicide']],
    // Abbreviations count inside a warning line.
    ['sh', ['trigger:self_harm']],
    ['SH, ED', ['trigger:eating_disorder', 'trigger:self_harm']],
    ['SA, NC', ['trigger:rape_non_con']],
    ['DV', ['trigger:domestic_abuse']],
    ['SI', ['trigger:suicidal_ideation']],
    ['tw sh', ['trigger:self_harm']],
    // Clear.
    ['None', []],
    ['none!', []],
    ['n/a', []],
    ['no warnings', []],
    ['No Archive Warnings Apply', []],
    ['no character death', []],
    ['Nobody Dies', []],
    ['MCD-free', []],
    ['Everyone Lives', []],
    ['slash, unbeta\u2019d', []],
    [
      'fluff, crack, OOC, AU, spoilers for season 2, humor, femslash, het, schmoop, no beta we die like men',
      [],
    ],
    ['fluff, bed sharing', ['other']],
    ['No beta, we die like men', []],
    // Declared as a warning but only a false friend: the author thought it needed one.
    ['Death Eaters', ['other']],
    // Unknown.
    ['choose not to warn', ['unknown']],
    ['Creator Chose Not To Use Archive Warnings', ['unknown']],
    ['heed the tags', ['unknown']],
    ['see end notes for warnings', ['unknown']],
    // The real warning wins over "No Archive Warnings Apply".
    ['No Archive Warnings Apply, Major Character Death', ['trigger:character_death']],
    ['Creator Chose Not To Use Archive Warnings, Rape/Non-Con', ['trigger:rape_non_con', 'unknown']],
    // A declared warning we do not know is Other.
    ['dark themes', ['other']],
    ['dark themes, suicide', ['other', 'trigger:suicide']],
    ['character death, and more', ['trigger:character_death']],
    ['no sex, but rape', ['trigger:rape_non_con']],
    ['Not Canon Compliant - Character Death', ['trigger:character_death']],
  ])('%j → %j', (value, expected) => {
    expect(compact(readWarningValue(value, 'header'))).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Implied/Referenced Suicide', ['trigger:suicide/referenced']],
    ['mentions of self-harm', ['trigger:self_harm/referenced']],
    ['Past Child Abuse', ['trigger:child_abuse/past']],
    ['attempted suicide', ['trigger:suicide/attempted']],
    ['graphic violence, past rape', ['trigger:rape_non_con/past', 'trigger:violence/graphic']],
    ['Character death!', ['trigger:character_death']],
  ])('severity: %j → %j', (value, expected) => {
    expect(withModifiers(readWarningValue(value, 'header'))).toEqual(expected);
  });

  it('keeps the author\u2019s words for Other', () => {
    expect(readWarningValue('Dark themes!', 'header')).toEqual([{ kind: 'other', source: 'header', text: 'dark themes' }]);
  });

  it('tags read elsewhere on the page make "heed the tags" clear', () => {
    expect(readWarningValue('heed the tags', 'header', { tagsRead: true })).toEqual([]);
  });

  it('a tag list ignores what it does not know', () => {
    expect(compact(readWarningValue('dark themes, suicide', 'header', { unrecognized: 'ignore' }))).toEqual([
      'trigger:suicide',
    ]);
  });
});

describe('readTag: a tag counts only when it names a trigger', () => {
  it.each<[string, string[]]>([
    // AO3 tag forms and synonyms.
    ['Major Character Death', ['trigger:character_death']],
    ['Implied/Referenced Suicide', ['trigger:suicide']],
    ['Past Child Abuse', ['trigger:child_abuse']],
    ['Rape/Non-Con', ['trigger:rape_non_con']],
    ['Underage', ['trigger:underage_sex']],
    ['Self-Harm', ['trigger:self_harm']],
    ['Eating Disorders', ['trigger:eating_disorder']],
    ['Suicidal Thoughts', ['trigger:suicidal_ideation']],
    ['s*icide', ['trigger:suicide']],
    // A tag marked as a warning is read like a warning line: short forms count.
    ['tw: sh', ['trigger:self_harm']],
    ['sh tw', ['trigger:self_harm']],
    ['TW // self harm', ['trigger:self_harm']],
    ['abuse tw', ['trigger:abuse']],
    ['cw: ED', ['trigger:eating_disorder']],
    ['tw sa', ['trigger:rape_non_con']],
    ['tw: none', []],
    ['#tw sh', ['trigger:self_harm']],
    ['sh //', ['trigger:self_harm']],
    ['// ed', ['trigger:eating_disorder']],
    ['Warning: SH', ['trigger:self_harm']],
    ['TW: mentions of r*pe', ['trigger:rape_non_con']],
    ['#suicide', ['trigger:suicide']],
    ['#sh', []],
    ['Warning signs', []],
    // Plain tags: false friends, abbreviations and ordinary tags match nothing.
    ['SH', []],
    ['Sherlock (SH)', []],
    ['Edward Elric (Ed)', []],
    ['No Beta We Die Like Men', []],
    ['Death Eaters', []],
    ['Death Note', []],
    ['Death (Good Omens)', []],
    ['Suicide Squad', []],
    ['Underage Drinking', ['trigger:alcohol']],
    ['Domestic Fluff', []],
    ['Star Wars', []],
    ['Killua Zoldyck', []],
    ['Spider-Man', []],
    ['Bang Chan', []],
    ['drape', []],
    ['scrape', []],
    ['grape', []],
    ['Hurt/Comfort', []],
    ['Angst', []],
    ['Dark', []],
    // Negated tags.
    ['Nobody Dies', []],
    ['Mori Ougai is Not a Pedophile', []],
    ['No Underage Sex', []],
    ['Everyone Lives/Nobody Dies', []],
    ['Alternate Universe - Everyone Lives/Nobody Dies', []],
  ])('%j → %j', (tag, expected) => {
    expect(compact(readTag(tag, 'ao3-tag'))).toEqual(expected);
  });
});
