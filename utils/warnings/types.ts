/** What a reader asks Heed to do when a trigger applies. Ordered weakest to strongest. */
export type Action = 'show' | 'warn' | 'hide';
export const ACTIONS: readonly Action[] = ['show', 'warn', 'hide'];

/** Where a warning was found; shown on the gate so the reader can judge it. */
export type Source =
  | 'header' // a plain-text header or TW line written by the author in the post
  | 'ao3-warning' // AO3's archive warnings
  | 'ao3-tag' // AO3 additional (freeform) tags
  | 'note' // an author's note or A/N line
  | 'summary' // a story's summary or description
  | 'site-warning' // a site's own structured warning (Royal Road's "This fiction contains", eFiction's Warnings class)
  | 'tag'; // tags given by the author (journal entry tags, forum thread tags, Tumblr post tags)

/** How strongly a trigger is present, as the author worded it ("Implied/Referenced X", "Past X"). */
export type Modifier = 'referenced' | 'past' | 'graphic' | 'attempted';

export type Finding =
  | { kind: 'trigger'; trigger: string; source: Source; modifier?: Modifier }
  /** The author declared warnings exist but we cannot see them (chose not to warn, hidden by the site, "heed the tags"). */
  | { kind: 'unknown'; source: Source; reason: UnknownReason }
  /** A declared warning that matches no trigger: the author thought it needed a warning. */
  | { kind: 'other'; source: Source; text: string };

export type UnknownReason = 'chose-not-to-warn' | 'hidden-by-site' | 'pointer' | 'not-found';

/** Special trigger ids that sit beside the taxonomy in settings. */
export const UNKNOWN = 'unknown';
export const OTHER = 'other';
