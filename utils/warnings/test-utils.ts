/**
 * Test helpers: findings in a compact, comparable form, so a table row reads
 * `'Warnings: suicide, dark themes' → ['other', 'trigger:suicide']`.
 */
import { BREAK } from './header';
import type { Finding } from './types';

/** Sorted, de-duplicated `trigger:<id>`, `unknown` and `other` entries. */
export function compact(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => (f.kind === 'trigger' ? `trigger:${f.trigger}` : f.kind)))].sort();
}

/** Like `compact`, with the severity: `trigger:suicide/referenced`. */
export function withModifiers(findings: readonly Finding[]): string[] {
  return [
    ...new Set(
      findings.map((f) => (f.kind === 'trigger' ? `trigger:${f.trigger}${f.modifier ? `/${f.modifier}` : ''}` : f.kind)),
    ),
  ].sort();
}

/** A post as the DOM layer hands it over: one string per line, `<cut>`/`<hr>` as BREAK. */
export function postLines(text: string): string[] {
  return text.split('\n').map((line) => (line === '<hr>' ? BREAK : line));
}
