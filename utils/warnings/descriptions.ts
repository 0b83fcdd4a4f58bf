/**
 * Trigger descriptions, for the options page only: kept out of taxonomy.ts so the content
 * script does not carry them.
 */
import descriptions from './data/descriptions.json';
import { OTHER, UNKNOWN } from './types';

const ALL: Record<string, string> = {
  ...descriptions,
  [UNKNOWN]:
    'The author chose not to warn, your AO3 preferences hide the warnings, or the header points elsewhere ("heed the tags").',
  [OTHER]: 'A warning the author declared that matches none of the triggers above. The author thought it needed a warning.',
};

export function triggerDescription(id: string): string {
  return ALL[id] ?? '';
}
