/**
 * Internal: the event document's root types. Not re-exported from event-doc.ts — UI code reaches the
 * document through typed reads and ops only. `doc.getMap` defines a root locally and writes nothing.
 */
import type * as Y from 'yjs';
import { EVENT_ROOTS } from './event-schema.js';

/** The root maps of an event document. */
export interface EventRoots {
  info: Y.Map<unknown>;
  phases: Y.Map<unknown>;
  tables: Y.Map<unknown>;
  live: Y.Map<unknown>;
  phaseByTable: Y.Map<unknown>;
}

/** Returns the root maps of an event document. */
export function eventRoots(doc: Y.Doc): EventRoots {
  return {
    info: doc.getMap(EVENT_ROOTS.info),
    phases: doc.getMap(EVENT_ROOTS.phases),
    tables: doc.getMap(EVENT_ROOTS.tables),
    live: doc.getMap(EVENT_ROOTS.live),
    phaseByTable: doc.getMap(EVENT_ROOTS.phaseByTable),
  };
}
