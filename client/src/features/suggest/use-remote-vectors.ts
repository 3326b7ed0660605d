/**
 * Sentence vectors for the board's texts from the server's optional local model, kept up to date as
 * the board changes. Undefined while there are none (no model on the server: suggestions use words
 * alone). A new map is handed out only when it holds vectors the last one did not, because each new
 * map sends the whole board to the suggestion worker again.
 */
import { useEffect, useRef, useState } from 'react';
import type { BoardModel } from '../board/board-model.js';
import { fetchRemoteVectors } from './remote-vectors.js';

/** How often new texts are sent to be embedded, at most. */
const INTERVAL_MS = 1500;

/** Every text the engine may look a vector up for: what cards show, factor titles and narratives. */
function textsOf(model: BoardModel): string[] {
  const texts: string[] = [];
  for (const item of model.items.values()) texts.push(item.excerpt ?? item.note.text);
  for (const view of model.factors) {
    if (view.factor.title.trim()) texts.push(view.factor.title);
    if (view.factor.narrative.trim()) texts.push(view.factor.narrative);
  }
  return texts;
}

function addsVectors(
  next: ReadonlyMap<string, Float32Array>,
  prev: ReadonlyMap<string, Float32Array> | undefined,
): boolean {
  if (next.size === 0) return false;
  if (!prev) return true;
  for (const text of next.keys()) if (!prev.has(text)) return true;
  return false;
}

export function useRemoteVectors(
  eventId: string,
  token: string,
  model: BoardModel,
): ReadonlyMap<string, Float32Array> | undefined {
  const [vectors, setVectors] = useState<ReadonlyMap<string, Float32Array> | undefined>(undefined);
  const latest = useRef(model);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = model;
    // At most one request per interval, with the board as it is then: while tables type the model
    // changes many times a second, and waiting for a quiet moment could wait all day.
    if (timer.current !== null) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void fetchRemoteVectors(eventId, token, textsOf(latest.current)).then((next) =>
        setVectors((prev) => (addsVectors(next, prev) ? next : prev)),
      );
    }, INTERVAL_MS);
  }, [eventId, token, model]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return vectors;
}
