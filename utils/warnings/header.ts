/**
 * Finds declared warnings in the plain-text header at the top of a post:
 *
 *   PAIRING: Spike/Xander
 *   SUMMARY: "…"
 *   WARNING: Character death!
 *   THANKS: …
 *
 * Input is the post as lines (see utils/sites/lines.ts, which turns markup into lines and
 * marks cuts, <hr>s and dashed lines as BREAK). The header ends where the story starts;
 * the story itself is never read here, so "warning" in prose is never a header.
 */
import { LETTER, normalize, WORD_CHAR } from './normalize';
import { vocabulary } from './taxonomy';
import type { Finding, Source } from './types';
import { readTag, readWarningValue, type ReadOptions } from './values';

/** A line that separates header from story: a cut, an <hr>, a dashed or starred line. */
export const BREAK = '\f';

const WARNING_LABELS = new Set(vocabulary.warningLabels.map(labelKey));
const TAG_LABELS = new Set(vocabulary.tagLabels.map(labelKey));
const NOTE_LABELS = new Set(vocabulary.noteLabels.map(labelKey));

function labelKey(label: string): string {
  return (
    normalize(label)
      .replace(/\(s\)/g, 's')
      .replace(/[*_~[\]()]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*[!.]+$/, '')
      .trim()
      // "Chapter 3 warnings", "Warnings for this chapter", "Part 2 warnings": the same label.
      .replace(/^(?:chapter|ch\.?|part|pt\.?)\s*\d+\s+/, '')
      .replace(/\s+(?:for\s+)?(?:this\s+|the\s+)?(?:chapter|ch\.?|part|fic|story)(?:\s*\d+)?$/, '')
  );
}

type LabelKind = 'warning' | 'tag' | 'note' | 'field';

function labelKind(label: string): LabelKind {
  const key = labelKey(label);
  if (WARNING_LABELS.has(key) || WARNING_LABELS.has(key.replace(/s$/, ''))) return 'warning';
  // Combined labels: "Tags/Warnings", "Warnings & Spoilers", "Rating/Warnings".
  const parts = key.split(/\s*(?:\/|&|,|\band\b|\+)\s*/).filter(Boolean);
  if (parts.length > 1 && parts.some((p) => WARNING_LABELS.has(p) || WARNING_LABELS.has(p.replace(/s$/, '')))) {
    return 'warning';
  }
  if (TAG_LABELS.has(key)) return 'tag';
  if (NOTE_LABELS.has(key)) return 'note';
  return 'field';
}

/** Combined labels whose other part is not a warning ("Tags/Warnings"): unmatched items are tags, not Other. */
function isMixedLabel(label: string): boolean {
  const parts = labelKey(label).split(/\s*(?:\/|&|,|\band\b|\+)\s*/).filter(Boolean);
  return parts.length > 1 && parts.some((p) => !WARNING_LABELS.has(p) && !WARNING_LABELS.has(p.replace(/s$/, '')));
}

export interface FieldLine {
  label: string;
  kind: LabelKind;
  value: string;
}

const LEAD = String.raw`^[\s*_~>#[(!•·-]*`;
// "Label: value", "Label - value", "LABEL! value", "Label // value". Labels are short, and may
// carry an aside: "Warnings (this chapter): x". Emphasis around the label is not part of the value.
const FIELD = new RegExp(
  LEAD +
    `(?<label>${LETTER}(?:${WORD_CHAR}|[' /&.+-]){0,38}?(?:\\(s\\))?)` + String.raw`(?:\s*\([^()]{1,30}\))?[\s*_\])]*` +
    String.raw`(?<sep>:|!+:?|\s*\/\/|\s[-=]+>?\s|\s-\s)[\s*_~]*(?<value>.*)$`,
  'u',
);
// "TW suicide", "CW: blood", "tw // self harm": the short markers work without a colon.
const BARE_TW = /^[\s*_~>#[(!•·-]*(?<label>tw|cw|cn|t\/w|c\/w)\b[\s:/\-]*(?<value>\S.*)$/u;
// "WARNING" or "Warnings" alone on a line (the list follows).
const BARE_LABEL = new RegExp(String.raw`^[\s*_~>#[(!•·-]*(?<label>` + `${LETTER}(?:${WORD_CHAR}|[' /&()-]){0,38}?)` + String.raw`[\s*_\])!:.]*$`, 'u');

/**
 * Most lines of notes and summaries are prose. A field needs a separator near its start, a
 * TW/CW marker first, or a short bare label; this plain test spares the Unicode regexes below
 * for the lines that can be fields (reading a long AO3 work's notes was the hot spot).
 */
const MAYBE_FIELD = /^.{0,90}?(?::|!|\/\/|\s-|\s=)|^[\s*_~>#[(!-]*(?:tw|cw|cn|t\/w|c\/w)\b/;

export function parseFieldLine(line: string): FieldLine | undefined {
  const text = normalize(line);
  if (text.length > 60 && !MAYBE_FIELD.test(text)) return undefined;
  const tw = BARE_TW.exec(text);
  if (tw?.groups) {
    const value = tw.groups.value ?? '';
    // "TW: x" is handled by FIELD below too; this keeps "tw suicide, sh" (no colon).
    return { label: tw.groups.label ?? 'tw', kind: 'warning', value: value.replace(/^\/\/\s*/, '') };
  }
  const m = FIELD.exec(text);
  if (m?.groups) {
    const label = m.groups.label ?? '';
    const sep = m.groups.sep ?? '';
    const kind = labelKind(label);
    const wordsInLabel = label.trim().split(/\s+/).length;
    // Dashes, bangs and slashes are separators only after a label we know ("Warning - x", "WARNING! x");
    // otherwise "He said - quietly - that…" would be a field.
    if (sep.trim() !== ':' && kind === 'field') return undefined;
    if (kind === 'field' && wordsInLabel > 4) return undefined;
    return { label, kind, value: m.groups.value ?? '' };
  }
  const bare = BARE_LABEL.exec(text);
  if (bare?.groups) {
    const label = bare.groups.label ?? '';
    if (labelKind(label) === 'warning') return { label, kind: 'warning', value: '' };
  }
  return undefined;
}

/** "tw for suicide mention", "(cw: blood)", "trigger warning - self harm" anywhere inside a line. */
const INLINE_TW =
  /(?:^|[\s([{])(?:tw|cw|cn|t\/w|c\/w|trigger warnings?|content warnings?|content notes?)(?:s)?\s*(?::|\/\/|-|\bfor\b)\s*(?<value>[^.()[\]{}\n]+)/gu;
const PAREN_TW = /[([{]\s*(?:tw|cw|cn)s?\s+(?<value>[^)\]}\n]+)[)\]}]/gu;
/**
 * "Warning: x" / "warning for x" opening a line, a sentence or a bracket, perhaps after a few
 * words that only soften it ("Just a quick warning for…", "Fair warning:"). In prose the word
 * follows a verb or an article ("he got a warning for fighting") and is not read.
 */
const WARNING_FOR =
  /(?:^|[.!?:;([{]\s*|\s[-–]\s*)(?:(?:just|a|an|one|quick|small|little|fair|friendly|general|minor|major|big|obligatory|usual|the|some)\s+){0,3}warnings?\s*(?::|\/\/|\bfor\b)\s*(?<value>[^.()\n]+)/gu;

/** Inline warnings inside a line that is not itself a warning field (A/N lines, notes, summaries). */
const MAYBE_INLINE = /tw|cw|cn|t\/w|c\/w|trigger|content|warning/;

export function inlineWarnings(line: string, source: Source, options: ReadOptions = {}): Finding[] {
  const text = normalize(line);
  if (!MAYBE_INLINE.test(text)) return [];
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const re of [INLINE_TW, PAREN_TW, WARNING_FOR]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const value = m.groups?.value ?? '';
      const at = (m.index ?? 0) + m[0].indexOf(value);
      if (seen.has(at)) continue;
      seen.add(at);
      out.push(...readWarningValue(value, source, options));
    }
  }
  return out;
}

const DASHED = /^[\s\-=~*_#.·•o0x+]{3,}$/u;
const LIST_ITEM = /^\s*(?:[-*+•·~>]|\d+[.)])\s*\S/;

/**
 * Several fields on one line, as FanFiction.net authors write them: "Rating: K+ | Genre:
 * Angst | Warnings: Character death" (also with " / ", "•", "~"). Split only where the next
 * part starts with a label and a colon, and only if the line itself starts with one.
 */
const FIELD_RUN = /\s+(?:\||\/|•|·|~|--?)\s+(?=[A-Za-z][A-Za-z0-9' ]{0,24}:)/;
const STARTS_WITH_LABEL = /^[\s*_~>#[(-]*[A-Za-z][A-Za-z0-9' /()]{0,24}:/;

export function splitFieldRun(line: string): string[] {
  return line !== BREAK && STARTS_WITH_LABEL.test(line) && FIELD_RUN.test(line) ? line.split(FIELD_RUN) : [line];
}

/**
 * Where a declared warning ends when prose follows it on the same line, as in summaries:
 * "TW: self-harm. Marin keeps her sleeves down…". Short sentences after the first are kept
 * ("Warnings: suicide. Blood. Gore."), the first longer one is prose and ends the warning.
 */
export function endOfDeclaration(value: string): string {
  const sentences = value.split(/(?<=[.!?])\s+(?=\S)/);
  const kept = [sentences[0] ?? ''];
  for (const sentence of sentences.slice(1)) {
    if (sentence.split(/\s+/).length > 3) break;
    kept.push(sentence);
  }
  return kept.join(' ');
}

export interface HeaderOptions extends ReadOptions {
  source?: Source;
  /**
   * Read every line as header material (author's notes, summaries): labels and inline TW
   * lines anywhere count. Default: only the header at the top of a story.
   */
  wholeText?: boolean;
  /** Non-field lines allowed before the first field (an intro line, AO3 share code's title line). */
  maxIntroLines?: number;
}

/**
 * The warnings declared in a header. Returns findings, and whether any warning label was seen
 * at all (a header that says "Warnings: none" is clear; one with no warning label is silent).
 */
export function parseHeader(lines: readonly string[], options: HeaderOptions = {}): { findings: Finding[]; labelled: boolean } {
  const source = options.source ?? 'header';
  const maxIntro = options.maxIntroLines ?? 6;
  const findings: Finding[] = [];
  let labelled = false;
  let fields = 0;
  let intro = 0;
  let blankBefore = false;
  /**
   * A label with its value on the following lines: "Warnings:" then a list, or AO3's HTML
   * download, where each <dt> label and <dd> value is a line of its own.
   */
  let listFor: ((value: string) => void) | undefined;
  let listLines = 0;

  const readValue = (value: string, mixed: boolean) => readDeclared(endOfDeclaration(value), mixed);
  const readDeclared = (value: string, mixed: boolean) =>
    findings.push(...readWarningValue(value, source, { ...options, unrecognized: mixed ? 'ignore' : options.unrecognized }));
  const readTags = (value: string) => {
    for (const tag of value.split(/[,;]/)) findings.push(...readTag(tag, source));
  };

  for (const raw of lines.flatMap(splitFieldRun)) {
    if (raw === BREAK || DASHED.test(raw)) {
      if (options.wholeText) {
        listFor = undefined;
        continue;
      }
      if (fields > 0 || raw === BREAK) break;
      continue;
    }
    const line = raw.trim();
    if (!line) {
      blankBefore = true;
      if (listFor && listLines > 0) listFor = undefined;
      continue;
    }

    const field = parseFieldLine(line);
    if (field) {
      listFor = undefined;
      fields++;
      blankBefore = false;
      if (field.kind === 'warning' || field.kind === 'tag') {
        const mixed = isMixedLabel(field.label);
        const read = field.kind === 'tag' ? readTags : (value: string) => readValue(value, mixed);
        if (field.kind === 'warning') labelled = true;
        if (field.value.trim()) read(field.value);
        else {
          listFor = read;
          listLines = 0;
        }
      } else if (field.kind === 'note') {
        findings.push(...inlineWarnings(field.value, source, options));
      } else {
        // Any other field may carry a TW: "Summary: Two friends, one winter. (tw: drowning)",
        // or a sentence that only looks like a label: "A quiet story. TW: drowning".
        findings.push(...inlineWarnings(line, source, options));
      }
      continue;
    }

    if (listFor && listLines < 15 && (LIST_ITEM.test(line) || listLines === 0 || !blankBefore)) {
      listLines++;
      listFor(line);
      continue;
    }
    listFor = undefined;

    if (options.wholeText) {
      findings.push(...inlineWarnings(line, source, options));
      continue;
    }
    // A non-field line. After a blank gap following the fields, the story has started.
    if (fields > 0 && blankBefore) break;
    if (fields === 0 && ++intro > maxIntro) break;
    // Long prose right under the fields is the story.
    if (fields > 0 && line.split(/\s+/).length > 60) break;
    findings.push(...inlineWarnings(line, source, options));
    blankBefore = false;
  }
  return { findings, labelled };
}
