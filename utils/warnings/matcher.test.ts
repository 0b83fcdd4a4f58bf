import { describe, expect, it, test } from 'vitest';
import { allPhrases, phraseTokens } from './compile-data';
import { matchPhrases, tokenize, type MatchContext } from './matcher';

/** Sorted trigger ids; a negated match reads `no:<id>`. */
function found(text: string, context: MatchContext = 'tag'): string[] {
  return [...new Set(matchPhrases(text, context).map((m) => (m.negated ? `no:${m.trigger}` : m.trigger)))].sort();
}

/** Severity of the only trigger found, or `-` for none. */
function severity(text: string, context: MatchContext = 'warning'): string {
  const mods = [...new Set(matchPhrases(text, context).map((m) => m.modifier ?? '-'))];
  expect(mods).toHaveLength(1);
  return mods[0] ?? '-';
}

describe('matchPhrases: phrases count anywhere, in any case', () => {
  it.each<[string, string[]]>([
    ['Major Character Death', ['character_death']],
    ['MAJOR CHARACTER DEATH', ['character_death']],
    ['character death', ['character_death']],
    ['Character Deaths', ['character_death']],
    ['MCD', ['character_death']],
    ['Graphic Depictions Of Violence', ['violence']],
    ['Rape/Non-Con', ['rape_non_con']],
    ['non-con', ['rape_non_con']],
    ['non con', ['rape_non_con']],
    ['noncon', ['rape_non_con']],
    ['Underage', ['underage_sex']],
    ['Underage Sex', ['underage_sex']],
    ['Self-Harm', ['self_harm']],
    ['self harm', ['self_harm']],
    ['selfharm', ['self_harm']],
    ['Suicide Attempt', ['suicide']],
    ['Suicidal Thoughts', ['suicidal_ideation']],
    ['Implied/Referenced Suicide', ['suicide']],
    ['Past Child Abuse', ['child_abuse']],
    ['Dubcon', ['dubious_consent']],
    ['Consensual Non-Consent', ['dubious_consent']],
    ['Eating Disorders', ['eating_disorder']],
    ['Alcoholism', ['alcohol']],
    ['Drug Addiction', ['drugs']],
    ['Domestic Violence', ['domestic_abuse']],
    ['Blood and Gore', ['gore']],
    ['Smut', ['sexual_content']],
    ['Panic Attacks', ['mental_health']],
    ['Murder and suicide', ['suicide', 'violence']],
    ['Self\u2011Harm \u2013 scars', ['self_harm']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matchPhrases: false friends match nothing', () => {
  it.each<[string]>([
    ['No Beta We Die Like Men'],
    ['Death Eaters'],
    ['Death Note'],
    ['Harry Potter and the Deathly Hallows'],
    ['Suicide Squad'],
    ['Star Wars'],
    ['Domestic Fluff'],
    ['Spider-Man'],
    ['Spider-Man: Homecoming'],
    ['Bang Chan'],
    ['Killua Zoldyck'],
    ['skill issue'],
    ['drape'],
    ['scrape'],
    ['grape juice'],
    ['Sherlock (SH)'],
    ['Edward Elric (Ed)'],
    ['Hurt/Comfort'],
    ['Deadpool'],
    ['Assassin\u2019s Creed'],
  ])('%s', (text) => {
    expect(found(text, 'tag')).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Underage Drinking', ['alcohol']],
    ['Underage Drug Use', ['drugs']],
    ['Death Eaters and murder', ['violence']],
    ['Suicide Squad, suicide', ['suicide']],
  ])('%s counts only what is left → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matchPhrases: short abbreviations count only inside a declared warning', () => {
  it.each<[string, string[], string[]]>([
    ['sh', [], ['self_harm']],
    ['SH', [], ['self_harm']],
    ['s/h', [], ['self_harm']],
    ['ED', [], ['eating_disorder']],
    ['SA', [], ['rape_non_con']],
    ['NC', [], ['rape_non_con']],
    ['DV', [], ['domestic_abuse']],
    ['SI', [], ['suicidal_ideation']],
    ['CSA', [], ['child_sexual_abuse']],
    ['grape', [], ['rape_non_con']],
    ['unalive', [], ['suicide']],
    ['sh, ed', [], ['eating_disorder', 'self_harm']],
    ['sh mention', ['self_harm'], ['self_harm']],
    ['they die', ['character_death'], ['character_death']],
    ["they don't die", [], ['no:character_death']],
    ['bed sharing', [], []],
    ['Sasuke-chan', [], []],
    ['chan', [], ['underage_sex']],
    ['Bang Chan', [], []],
    ['No Beta We Die Like Men', [], []],
  ])('%s → tag %j, warning %j', (text, inTag, inWarning) => {
    expect(found(text, 'tag')).toEqual(inTag);
    expect(found(text, 'warning')).toEqual(inWarning);
  });
});

describe('matchPhrases: negated matches are flagged, not dropped', () => {
  it.each<[string, string[]]>([
    ['no character death', ['no:character_death']],
    ['No Major Character Death', ['no:character_death']],
    ['Nobody Dies', ['no:character_death']],
    ['no one dies', ['no:character_death']],
    ['MCD-free', ['no:character_death']],
    ['mcd free', ['no:character_death']],
    ['not a death fic', ['no:character_death']],
    ['Mori Ougai is Not a Pedophile', ['no:child_sexual_abuse']],
    ['No Underage Sex', ['no:underage_sex']],
    ['without smut', ['no:sexual_content']],
    ['Everyone Lives/Nobody Dies', ['no:character_death']],
    ['no sex, but rape', ['no:sexual_content', 'rape_non_con']],
    ['no smut; violence', ['no:sexual_content', 'violence']],
    ['Not Canon Compliant - Character Death', ['character_death']],
    ['Character Death (no really)', ['character_death']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matchPhrases: severity (AO3 merges phrasings into Implied/Referenced X and Past X)', () => {
  it.each<[string, string]>([
    ['Implied/Referenced Suicide', 'referenced'],
    ['implied suicide', 'referenced'],
    ['mentions of self-harm', 'referenced'],
    ['suicide (mentioned)', 'referenced'],
    ['suicide mention', 'referenced'],
    ['sh ment', 'referenced'],
    ['Past Child Abuse', 'past'],
    ['past abuse', 'past'],
    ['history of self harm', 'past'],
    ['Rape Aftermath', 'past'],
    ['Attempted Suicide', 'attempted'],
    ['Suicide Attempt', 'attempted'],
    ['graphic violence', 'graphic'],
    ['violence (graphic)', 'graphic'],
    ['Major Character Death', '-'],
    ['Suicide', '-'],
  ])('%s → %s', (text, expected) => {
    expect(severity(text)).toBe(expected);
  });

  it.each<[string]>([['suicide and past abuse'], ['suicide, past abuse'], ['suicide; past abuse']])(
    'a modifier does not reach into the next clause: %s',
    (text) => {
      expect(matchPhrases(text, 'warning').map((m) => [m.trigger, m.modifier ?? '-'])).toEqual([
        ['suicide', '-'],
        ['abuse', 'past'],
      ]);
    },
  );
});

describe('matchPhrases: censored and leetspeak spellings', () => {
  it.each<[string, string[]]>([
    ['s*icide', ['suicide']],
    ['su*cide', ['suicide']],
    ['s**cide', ['suicide']],
    ['su1cide', ['suicide']],
    ['r*pe', ['rape_non_con']],
    ['r@pe', ['rape_non_con']],
    ['r*ped', ['rape_non_con']],
    ['self-h*rm', ['self_harm']],
    ['s3lf h4rm', ['self_harm']],
    ['sewerslide', ['suicide']],
    ['*suicide*', ['suicide']],
    ['s*x', ['sexual_content']],
    ['bl**d', ['gore']],
    ['ab*se', ['abuse']],
    ['f*ck', []],
    ['sh*t', []],
    ['m4m', []],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

test('the fast phrase splitter agrees with the text tokenizer on every shipped phrase', () => {
  const phrases = allPhrases();
  const mismatches = phrases.filter(
    (p) => JSON.stringify(phraseTokens(p)) !== JSON.stringify(tokenize(p.toLowerCase()).map((t) => t.text)),
  );
  expect(phrases.length).toBeGreaterThan(500);
  expect(mismatches).toEqual([]);
});
