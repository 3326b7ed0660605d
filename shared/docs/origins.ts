/**
 * Transaction origins: every write to a Yjs document is `doc.transact(fn, origin)` with one of these.
 *
 * The origin is how a listener tells *who* caused a change without looking at its content: the
 * editor's UndoManager is created with `trackedOrigins: new Set([Origin.local])`, so undo only ever
 * reverts what this person did on this device — never a co-facilitator's edit that arrived over the
 * wire, nor content the server or an import wrote.
 */
export const Origin = {
  /** A person's own edit on this device. The only origin the UndoManager tracks. */
  local: 'dialogdag.local',
  /** Written by the server itself (creating an event's documents, maintenance). Never undoable. */
  server: 'dialogdag.server',
  /** Bulk content restored from an archive or template import. Never undoable, never echoed as "typing". */
  import: 'dialogdag.import',
} as const;

/** One of the named transaction origins. */
export type Origin = (typeof Origin)[keyof typeof Origin];
