/**
 * The suggestion engine off the main thread: rebuilding the index for 2,000 notes must not take a
 * frame from the board (its drop → render budget is 50 ms). The engine, with its stemmers and
 * stopword lists, is bundled here only — never into the board's or the tablet's chunk.
 */
import { buildSuggestionIndex } from '../../../../shared/suggest/index.js';
import { createSuggestHandler, type FromWorker, type ToWorker } from './suggest-protocol.js';

/** The part of a dedicated worker's global scope used here (the client's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createSuggestHandler(buildSuggestionIndex);

scope.onmessage = (event) => scope.postMessage(handle(event.data));
