/** The table's notes sorted into phases, for the phase navigation and the phase shown. */
import type { Phase } from '../../../../shared/docs/event-doc.js';
import type { Note } from '../../../../shared/docs/table-doc.js';

export interface NotesByPhase {
  byPhase: Map<string, Note[]>;
  /** Notes of phases the event no longer has (the facilitator removed one): never hidden. */
  orphaned: Note[];
}

export function groupNotesByPhase(notes: readonly Note[], phases: readonly Phase[]): NotesByPhase {
  const known = new Set(phases.map((p) => p.id));
  const byPhase = new Map<string, Note[]>();
  const orphaned: Note[] = [];
  for (const note of notes) {
    if (!known.has(note.phaseId)) {
      orphaned.push(note);
      continue;
    }
    const list = byPhase.get(note.phaseId) ?? [];
    list.push(note);
    byPhase.set(note.phaseId, list);
  }
  return { byPhase, orphaned };
}

export function countsOf(grouped: NotesByPhase): Map<string, number> {
  return new Map([...grouped.byPhase].map(([id, list]) => [id, list.length]));
}
