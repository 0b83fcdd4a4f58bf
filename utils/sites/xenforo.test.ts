import { describe, expect, test } from 'vitest';
import type { Finding } from '../warnings/types';
import { matchesPattern } from './types';
import { XENFORO_PATTERNS } from './hosts';
import { xenforo } from './xenforo';

function compact(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? `unknown:${f.reason}` : `other:${f.text}`)))].sort();
}

interface PostOptions {
  body: string;
  threadmark?: string;
}

/** One post as XenForo 2 prints it: the body sits in article.message-body, the signature apart. */
function post({ body, threadmark }: PostOptions, id: number): string {
  return `<article class="message message--post js-post js-inlineModContainer${threadmark ? ' hasThreadmark' : ''}" data-author="writer${id}" data-content="post-${id}" id="js-post-${id}">
    <span class="u-anchorTarget" id="post-${id}"></span>
    <div class="message-inner">
      <div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/members/writer.${id}/" class="username">writer${id}</a></h4></section></div>
      <div class="message-cell message-cell--main">
        ${threadmark ? `<div class="message-cell message-cell--threadmark-header"><span class="threadmarkLabel">${threadmark}</span></div>` : ''}
        <div class="message-main js-quickEditTarget">
          <header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li><a href="/threads/a-quiet-winter.123/post-${id}"><time class="u-dt" data-time="1700000000">Nov 14, 2023</time></a></li></ul></header>
          <div class="message-content js-messageContent">
            <div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${id}">
              <article class="message-body js-selectToQuote">
                <div class="bbWrapper">${body}</div>
                <div class="js-selectToQuoteEnd">&nbsp;</div>
              </article>
            </div>
            <aside class="message-signature"><div class="bbWrapper">Signature: TW: nothing here is read. Warning: my puns.</div></aside>
          </div>
          <footer class="message-footer"></footer>
        </div>
      </div>
    </div>
  </article>`;
}

function threadPage(posts: PostOptions[], tags: string[] = ['worm', 'alternate power']): void {
  document.body.innerHTML = `<div class="p-body-header">
      <div class="p-title"><h1 class="p-title-value">A Quiet Winter (Worm AU)</h1></div>
      <div class="p-description"><ul class="listInline listInline--bullet">
        <li><a href="/members/writer.1/" class="username u-concealed">writer1</a></li>
        <li><span class="js-tagList">${tags.map((t) => `<a href="/tags/${t}/" class="tagItem tagItem--tag_${t}" dir="auto">${t}</a>`).join(' ')}</span></li>
      </ul></div>
    </div>
    <div class="block block--messages"><div class="block-body js-replyNewMessageContainer">
      ${posts.map((p, i) => post(p, i + 1)).join('\n')}
    </div></div>`;
}

function spoiler(title: string | undefined, content: string): string {
  return `<div class="bbCodeSpoiler">
    <button type="button" class="button bbCodeSpoiler-button button--longText" data-xf-click="toggle" data-xf-init="tooltip" title="Click to reveal or hide spoiler"><span class="button-text">
      <span>Spoiler${title === undefined ? '' : `: <span class="bbCodeSpoiler-button-title">${title}</span>`}</span>
    </span></button>
    <div class="bbCodeSpoiler-content"><div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-content">${content}</div></div></div>
  </div>`;
}

function quote(author: string, content: string): string {
  return `<blockquote data-attributes="member: 9" data-quote="${author}" data-source="post: 5" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
    <div class="bbCodeBlock-title"><a href="/goto/post?id=5" class="bbCodeBlock-sourceJump" rel="nofollow">${author} said:</a></div>
    <div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${content}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div>
  </blockquote>`;
}

const STORY = 'The snow came early that year.<br />\n<br />\nShe walked the long road home, counting fence posts.<br />\n';

describe('SpaceBattles / SufficientVelocity posts', () => {
  test('three posts, only the second with a CW line: only the second is gated', () => {
    threadPage([
      { body: `<b>Chapter 1</b><br />\n<br />\n${STORY}`, threadmark: 'Chapter 1' },
      { body: `<b>Chapter 2</b><br />\n<b>CW: self-harm</b><br />\n<br />\n${STORY}`, threadmark: 'Chapter 2' },
      { body: 'Great chapter, looking forward to more!' },
    ]);
    const units = xenforo.findUnits(document);
    expect(units).toHaveLength(3);
    for (const u of units) {
      expect(u.element.matches('article.message-body > div.bbWrapper')).toBe(true);
      expect(u.compact).toBeUndefined();
    }
    expect(units.map((u) => compact(u.read()))).toEqual([[], ['self_harm'], []]);
  });

  test.each<[string, string, string[]]>([
    ['bold CW line', `<b>CW: self-harm</b><br />\n<br />\n${STORY}`, ['self_harm']],
    ['"Trigger warning:" line under the title', `<b>Interlude: Ash</b><br />\n<b>Trigger warning: suicidal thoughts</b><br />\n<br />\n${STORY}`, ['suicidal_ideation']],
    ['"Warnings:" label with a list', `<b>Warnings:</b><br />\n- blood<br />\n- vomiting<br />\n<br />\n${STORY}`, ['gore', 'vomit']],
    ['spoiler titled "CW: suicide" at the top', `${spoiler('CW: suicide', 'Stay safe, everyone.')}${STORY}`, ['suicide']],
    ['"Content Warning" spoiler listing the warnings', `${spoiler('Content Warning', 'Self-harm<br />\nSuicidal thoughts<br />\nSome blood')}${STORY}`, ['gore', 'self_harm', 'suicidal_ideation']],
    ['"Warnings" spoiler with bullet paragraphs', `${spoiler('Warnings', '<ul><li>Blood</li><li>Character death</li></ul>')}${STORY}`, ['character_death', 'gore']],
    ['"Content Warning" spoiler that says none', `${spoiler('Content Warning', 'None this time!')}${STORY}`, []],
    ['"Omake" spoiler: story, not a warning', `${STORY}${spoiler('Omake: The Long Night', 'Warning: the ice is thin. He bled a little where he fell.')}`, []],
    ['"Omake" spoiler at the very top: still story', `${spoiler('Omake', 'Trigger warning: blood. Just kidding, it is jam.')}${STORY}`, []],
    ['untitled spoiler at the top hiding the CW line', `${spoiler(undefined, 'TW: drowning')}${STORY}`, ['suffocation']],
    ['"warning" in prose only', `${STORY}He had been given a warning for fighting, and a warning: stay away from the ice.<br />\n`, []],
    ['a quoted CW line in a reply is not this post’s', `${quote('writer1', '<b>CW: self-harm</b><br />\nChapter text.')}\nThis chapter was rough, great work!`, []],
    ['a quoted warning spoiler in a reply is not this post’s', `${quote('writer1', spoiler('TW: suicide', 'x'))}\nGreat work!`, []],
    ['reply quoting, then its own CW', `${quote('writer1', 'Some earlier words.')}\n<b>CW: blood</b><br />\nMy own omake follows.`, ['gore']],
  ])('%s', (_name, body, expected) => {
    threadPage([{ body }]);
    const units = xenforo.findUnits(document);
    expect(units).toHaveLength(1);
    expect(compact(units[0]!.read())).toEqual(expected);
  });

  test('a thread tag naming a trigger applies to every post; other tags do not', () => {
    threadPage([{ body: STORY }, { body: 'Nice.' }], ['worm', 'suicide', 'alternate power', 'time travel']);
    expect(xenforo.findUnits(document).map((u) => compact(u.read()))).toEqual([['suicide'], ['suicide']]);
  });

  test('thread tags in a tagList (without p-description) count too', () => {
    threadPage([{ body: STORY }], []);
    document.body.insertAdjacentHTML('afterbegin', '<dl class="tagList"><dd><span class="js-tagList"><a href="/tags/suicide/" class="tagItem">Suicide</a></span></dd></dl>');
    expect(compact(xenforo.findUnits(document)[0]!.read())).toEqual(['suicide']);
  });

  test('a threadmark title with a TW', () => {
    threadPage([{ body: STORY, threadmark: 'Chapter 12 (TW: drowning)' }]);
    expect(compact(xenforo.findUnits(document)[0]!.read())).toEqual(['suffocation']);
  });

  test('the signature is not a unit and is not read', () => {
    threadPage([{ body: STORY }]);
    const units = xenforo.findUnits(document);
    expect(units).toHaveLength(1);
    expect(units[0]!.element.closest('aside')).toBeNull();
    expect(compact(units[0]!.read())).toEqual([]);
  });

  test('a long chapter is read only at its top', () => {
    const chapter = `${STORY.repeat(400)}<b>CW: self-harm</b><br />\n${STORY}`;
    threadPage([{ body: `<div style="text-align: justify">${chapter}</div>` }]);
    expect(compact(xenforo.findUnits(document)[0]!.read())).toEqual([]);
  });

  test('no units on pages without posts', () => {
    document.body.innerHTML = '<div class="structItemContainer"><div class="structItem structItem--thread"><div class="structItem-title"><a href="/threads/x.1/">A thread</a></div></div></div>';
    expect(xenforo.findUnits(document)).toEqual([]);
  });
});

describe('SpaceBattles / SufficientVelocity URLs', () => {
  test.each(xenforo.examples.matching)('handles %s', (url) => {
    expect(xenforo.test(new URL(url))).toBe(true);
  });
  test.each(xenforo.examples.notMatching)('ignores %s', (url) => {
    expect(xenforo.test(new URL(url))).toBe(false);
  });
  test('patterns cover both hosts and nothing else', () => {
    expect(XENFORO_PATTERNS.some((p) => matchesPattern(new URL('https://forums.spacebattles.com/threads/x.1/'), p))).toBe(true);
    expect(XENFORO_PATTERNS.some((p) => matchesPattern(new URL('https://forums.sufficientvelocity.com/threads/x.1/'), p))).toBe(true);
    expect(XENFORO_PATTERNS.some((p) => matchesPattern(new URL('https://example.org/threads/x.1/'), p))).toBe(false);
  });
  test('containerSelector is a flat list early.css can take as is', () => {
    for (const s of xenforo.containerSelector.split(',')) expect(document.createElement('div').matches(s.trim())).toBe(false);
  });
});
