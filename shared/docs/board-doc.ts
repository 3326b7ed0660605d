/**
 * The board document — facilitators write, the projector reads: success factors, where each lifted
 * note sits (one placement register per note), excerpts, and the report's introduction and
 * reflections.
 *
 * This is the module the rest of the code imports; the schema, reads and ops live in the files it
 * re-exports.
 */
export {
  BOARD_ROOTS,
  FACTOR_FIELDS,
  PLACEMENT_FIELDS,
  noteRef,
  parseNoteRef,
  type BoardSnapshot,
  type Factor,
  type Placement,
  type PlacementRegister,
} from './board-schema.js';
export {
  factorText,
  notesInFactor,
  readBoard,
  readFactors,
  readPlacements,
  reportText,
} from './board-read.js';
export * from './board-ops.js';
