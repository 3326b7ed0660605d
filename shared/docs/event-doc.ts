/**
 * The event document — facilitators write, tables and projector read: the event's info, its phases
 * and questions, its tables, and the live state (current phase, timer, broadcast).
 *
 * This is the module the rest of the code imports; the schema, reads and ops live in the files it
 * re-exports. Key names are exported for the README and tests; UI code uses the types and functions.
 */
export * from './event-schema.js';
export {
  allOrganisations,
  currentPhaseFor,
  readEvent,
  readInfo,
  readLive,
  readPhases,
  readTables,
} from './event-read.js';
export * from './event-ops.js';
export * from './event-live.js';
