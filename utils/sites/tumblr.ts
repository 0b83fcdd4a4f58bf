/**
 * Tumblr: the web app on www.tumblr.com (dashboard, tag and search pages, blog views and
 * post permalinks, all loading more posts as the reader scrolls), and blogs with a custom
 * theme on `<blog>.tumblr.com` (post pages, and their index and tag pages).
 *
 * Tumblr has no warning field. The convention is tags: `#tw suicide`, `#tw: self harm`,
 * `#cw blood`, `#suicide tw`, `#// self harm`, `#self harm //`, `#sh mention`, `#ed tw`, or a
 * bare `#tw` followed by the tag it is about. Some authors also open the post with a
 * "TW: …" line. Both are read: every tag of the post (a tag marked as a warning is read like
 * a warning line; an unmarked one counts only when it names a trigger, as most tags are
 * fandoms and commentary) and a plain-text header at the top of the post. Tumblr's own
 * community labels put their own cover on a post and are left to it.
 *
 * The web app's class names are hashed and change with every build, so posts are found by
 * structure: a post is `[tabindex="-1"][data-id]` holding an `article` (header, body,
 * then the footer with the tags just above it; tags are `/tagged/` links reading "#…").
 * The unit is the post's body, so the reader still sees who posted it and its tags; when the
 * body is not one element of its own (reblog trails may be several), the whole article is.
 * Each post's unit is chosen once and kept, so a post that grows later is not gated twice.
 *
 * Theme markup is whatever the blog's theme prints: best effort, each outermost `article`
 * or `.post` is a unit, with its `/tagged/` links as its tags.
 */
import { TUMBLR_PATTERNS } from './hosts';
import { parseHeader } from '../warnings/header';
import type { Finding } from '../warnings/types';
import { readTag } from '../warnings/values';
import { elementLines, text } from './lines';
import { matchesAny, type SiteAdapter, type Unit } from './types';

/** Covers www.tumblr.com and every blog's subdomain. */

const POST = '[tabindex="-1"][data-id]';
const POST_ARTICLE = `${POST} article`;
/**
 * The web app's body candidates: the article's children but its header, footer and Heed's
 * own card (hiding the card would hide the way to open the post).
 */
const POST_BODY = `${POST} article > :not(header):not(footer):not(heed-gate):not(:has(footer))`;
const THEME_POSTS = ['article', '.post'] as const;
const TAG_LINK = 'a[href*="/tagged/"]';
const MEDIA = 'img, video, audio, iframe, figure, canvas, picture';
/** A header is a few lines; the post under it is never read. */
const HEADER_CHARS = 4000;

/** Hosts serving files, not pages. */
const NOT_PAGE_HOST = /^(?:\d+\.media|media|assets|static|api|secure\.assets|va\.media|vt)\.tumblr\.com$/;
/** Web-app pages without posts: settings, sign-in, the editor. */
const NOT_POSTS_APP = /^\/(?:settings|login|register|logout|new|edit|reblog|account|oauth|privacy|policy|docs)(?:\/|$)/;
/** Theme pages without posts. */
const NOT_POSTS_THEME = /^\/(?:ask|submit|archive|rss|sitemap[^/]*\.xml)(?:\/|$)/;

/** A tag that only says "a warning follows" (`#tw`, `#cw:`, `#//`): the next tag names it. */
const BARE_MARK = /^(?:tws?|cws?|cns?|t\/w|c\/w|trigger warnings?|content warnings?|content notes?|warnings?|\/\/)[\s:/\-]*$/i;
/** A tag readTag already reads as marked (its own TW_MARK, a little wider). */
const MARKED = /^(?:tws?|cws?|cn|t\/w|c\/w|trigger warnings?|content warnings?|content notes?|warnings?\s*[:\-]|\/\/)|(?:\btws?|\bcws?|\bcn|\/\/)$/i;

/**
 * Rewrites the Tumblr forms readTag does not know as marked into a form it does:
 * `#sh mention`, `#ed ment`, `#mentions of sa`, `#implied sa`, `#sa warning`, `#warning for sa`.
 * Marked tags read short forms ("sh", "ed", "sa") that an unmarked tag must not.
 */
export function tumblrTag(raw: string): string {
  const tag = raw.replace(/\s+/g, ' ').trim().replace(/^#\s*/, '');
  if (MARKED.test(tag)) return tag;
  if (/^.+?\s(?:mention(?:s|ed)?|ment)(?:\s*\/\/)?$/i.test(tag)) return `tw: ${tag}`;
  if (/^(?:mentions?|mentioned|implied|referenced)\s+(?:of\s+)?\S/i.test(tag)) return `tw: ${tag}`;
  const named = /^(.+?)\s+warnings?$/i.exec(tag) ?? /^warnings?\s+(?:for\s+)?(.+)$/i.exec(tag);
  if (named) return `tw: ${named[1]}`;
  return tag;
}

export function readTumblrTags(tags: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  tags.forEach((raw, i) => {
    const tag = tumblrTag(raw);
    const next = tags[i + 1];
    if (BARE_MARK.test(tag)) {
      if (next) findings.push(...readTag(`tw: ${next.replace(/^#\s*/, '')}`, 'tag'));
      return;
    }
    findings.push(...readTag(tag, 'tag'));
  });
  return findings;
}

function readPost(tags: readonly string[], top: Element): Finding[] {
  const findings = readTumblrTags(tags);
  const lines = elementLines(top, { maxChars: HEADER_CHARS });
  findings.push(...parseHeader(lines, { source: 'header', tagsRead: tags.length > 0 }).findings);
  return findings;
}

/** The post's own tags: `/tagged/` links reading "#…" (a link in the text reads otherwise). */
export function postTags(article: Element): string[] {
  return [...article.querySelectorAll(TAG_LINK)].map(text).filter((t) => t.startsWith('#') && t.length > 1);
}

/** The tags block: its text is its tags, bar a "See all" button. */
function isTagsBlock(el: Element): boolean {
  const links = [...el.querySelectorAll(TAG_LINK)];
  if (links.length === 0) return false;
  const linked = links.reduce((n, a) => n + text(a).length, 0);
  return text(el).length - linked < 20;
}

function hasContent(el: Element): boolean {
  return text(el).length > 0 || el.querySelector(MEDIA) !== null;
}

/**
 * The element to gate in one web-app post: its body when the article's content is one child
 * (not the header, the tags or the footer), else the article. Undefined until the post is
 * whole (Tumblr's "filtered post" placeholders have no footer, nor do half-built posts).
 */
function postUnitElement(article: HTMLElement): HTMLElement | undefined {
  if (!article.querySelector('footer')) return undefined;
  const content = [...article.children].filter(
    (el) =>
      el.localName !== 'header' &&
      el.localName !== 'footer' &&
      el.localName !== 'heed-gate' &&
      !el.querySelector('footer') &&
      !isTagsBlock(el) &&
      hasContent(el),
  );
  const [only] = content;
  if (content.length === 1 && only instanceof HTMLElement && only.matches(POST_BODY)) return only;
  return article;
}

/** Post ids in a permalink path: `/<blog>/<id>[/<slug>]`, `/blog/view/<blog>/<id>`, `/post/<id>`. */
const PERMALINK_ID = /\/(\d{6,})(?:\/|$)/;

function isPermalinkOf(doc: Document, id: string | null): boolean {
  const path = doc.location?.pathname ?? '';
  return id !== null && PERMALINK_ID.exec(path)?.[1] === id;
}

/** One unit per web-app post, chosen once: a later look at a grown post must not pick another element. */
const chosen = new WeakMap<Element, Unit>();

function appUnit(post: HTMLElement): Unit | undefined {
  const known = chosen.get(post);
  if (known && known.element.isConnected && post.contains(known.element)) return known;
  const article = post.querySelector<HTMLElement>('article');
  const element = article && postUnitElement(article);
  if (!article || !element) return undefined;
  const unit: Unit = {
    element,
    read: () => readPost(postTags(article), element),
    compact: !isPermalinkOf(post.ownerDocument, post.getAttribute('data-id')),
  };
  chosen.set(post, unit);
  return unit;
}

/** Theme tags: linked with or without "#"; the link text is the tag as the author typed it. */
export function themeTags(post: Element): string[] {
  return [...post.querySelectorAll(TAG_LINK)].map((a) => text(a).replace(/^#\s*/, '')).filter(Boolean);
}

function themeUnits(root: ParentNode): Unit[] {
  const selector = THEME_POSTS.join(', ');
  const posts = [...root.querySelectorAll<HTMLElement>(selector)].filter(
    // The web app's articles are read above; a theme's nested post boxes belong to the outer one.
    (el) => !el.closest(POST) && !el.querySelector(POST) && !el.parentElement?.closest(selector),
  );
  const doc = posts[0]?.ownerDocument;
  const single = doc ? /^\/(?:post|image)\/\d+/.test(doc.location?.pathname ?? '') : false;
  return posts.map((post) => ({ element: post, read: () => readPost(themeTags(post), post), compact: !single }));
}

export const tumblr: SiteAdapter = {
  id: 'tumblr',
  name: 'Tumblr',
  matches: TUMBLR_PATTERNS,
  test(url) {
    if (!matchesAny(url, TUMBLR_PATTERNS) || NOT_PAGE_HOST.test(url.hostname)) return false;
    const app = url.hostname === 'www.tumblr.com' || url.hostname === 'tumblr.com';
    return !(app ? NOT_POSTS_APP : NOT_POSTS_THEME).test(url.pathname);
  },
  // Only posts: the web app's navigation, sidebar and header are never hidden.
  containerSelector: [POST_ARTICLE, POST_BODY, ...THEME_POSTS].join(', '),
  findUnits(root) {
    const units: Unit[] = [];
    for (const post of root.querySelectorAll<HTMLElement>(POST)) {
      const unit = appUnit(post);
      if (unit) units.push(unit);
    }
    units.push(...themeUnits(root));
    return units;
  },
  examples: {
    matching: [
      'https://www.tumblr.com/dashboard',
      'https://www.tumblr.com/dashboard/following',
      'https://www.tumblr.com/tagged/placeholder%20fic',
      'https://www.tumblr.com/search/placeholder%20fic',
      'https://www.tumblr.com/explore/trending',
      'https://www.tumblr.com/placeholder-blog',
      'https://www.tumblr.com/placeholder-blog/712345678901234567/a-placeholder-slug',
      'https://www.tumblr.com/placeholder-blog/tagged/my%20fic',
      'https://www.tumblr.com/blog/view/placeholder-blog/712345678901234567',
      'https://placeholder-blog.tumblr.com/post/712345678901234567/a-placeholder-slug',
      'https://placeholder-blog.tumblr.com/post/712345678901234567',
      'http://placeholder-blog.tumblr.com/',
      'https://placeholder-blog.tumblr.com/page/2',
      'https://placeholder-blog.tumblr.com/tagged/my-fic',
    ],
    notMatching: [
      'https://www.tumblr.com/settings/account',
      'https://www.tumblr.com/login',
      'https://www.tumblr.com/new/text',
      'https://www.tumblr.com/edit/placeholder-blog/712345678901234567',
      'https://placeholder-blog.tumblr.com/ask',
      'https://placeholder-blog.tumblr.com/archive',
      'https://64.media.tumblr.com/0123456789abcdef/s640x960/placeholder.jpg',
      'https://assets.tumblr.com/images/placeholder.png',
      'https://tumblr.com.example.org/post/712345678901234567',
      'https://www.nottumblr.com/dashboard',
    ],
  },
};
