/**
 * The on-demand answers as React state, for whoever shows the dialogs: similar notes for the card a
 * dialog is open for, and the groups of an open "Suggest groups" preview, less the ones already
 * accepted or discarded. Both are null while the worker is on it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SimilarNote, SuggestedGroup } from '../../../../shared/suggest/types.js';
import type { Suggestions } from './use-suggestions.js';

/** The notes closest to `ref` (null: no dialog open, or still looking). Asks again when `ref` changes. */
export function useSimilarNotes(similar: Suggestions['similar'], ref: string | null): SimilarNote[] | null {
  const [answer, setAnswer] = useState<{ ref: string; notes: SimilarNote[] } | null>(null);
  useEffect(() => {
    if (ref === null) return;
    let live = true;
    void similar(ref).then((notes) => {
      if (live) setAnswer({ ref, notes });
    });
    return () => {
      live = false;
    };
  }, [similar, ref]);
  return answer !== null && answer.ref === ref ? answer.notes : null;
}

export interface GroupPreview {
  /** null: closed, or still working the groups out. */
  groups: SuggestedGroup[] | null;
  /** Takes a group out of the preview once it was accepted or discarded. */
  remove: (groupId: string) => void;
}

/** The groups of a preview, asked for each time it opens (the board has changed since). */
export function useGroupPreview(groups: Suggestions['groups'], open: boolean): GroupPreview {
  const [answer, setAnswer] = useState<{ opening: number; groups: SuggestedGroup[] } | null>(null);
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  // Each opening is a new question: an answer to an earlier one is not shown.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpening(opening + 1);
  }
  useEffect(() => {
    if (!open) return;
    let live = true;
    void groups().then((found) => {
      if (live) setAnswer({ opening, groups: found });
    });
    return () => {
      live = false;
    };
  }, [groups, open, opening]);
  const remove = useCallback(
    (groupId: string) =>
      setAnswer((prev) => prev && { ...prev, groups: prev.groups.filter((group) => group.id !== groupId) }),
    [],
  );
  return { groups: open && answer?.opening === opening ? answer.groups : null, remove };
}
