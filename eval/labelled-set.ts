/** The shape of a labelled set in eval/sets/*.json: factors with titles, and notes labelled with a factor. */
import fs from 'node:fs';
import type { SuggestLanguage } from '../shared/suggest/types.js';

export interface LabelledSet {
  name: string;
  language: SuggestLanguage;
  /** Where the notes come from, in a sentence. */
  source: string;
  factors: { id: string; title: string }[];
  notes: { ref: string; text: string; tableId: string; factorId: string }[];
}

export function readLabelledSet(file: string): LabelledSet {
  const set = JSON.parse(fs.readFileSync(file, 'utf8')) as LabelledSet;
  const factorIds = new Set(set.factors.map((f) => f.id));
  for (const note of set.notes) {
    if (!factorIds.has(note.factorId))
      throw new Error(`${file}: ${note.ref} names unknown factor ${note.factorId}`);
  }
  return set;
}
