/** Per-connection limits of the sync protocol. Defaults suit a venue of tablets; see README. */
export interface SyncLimits {
  /** Sustained messages per second per connection; beyond the burst the connection is closed. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Awareness updates per second per connection; beyond the burst they are dropped. */
  awarenessPerSecond: number;
  awarenessBurst: number;
  /** Largest single Yjs update accepted (the frame cap applies first). */
  maxUpdateBytes: number;
  /** Merge a document's update log into a snapshot after this many appended updates. */
  compactEveryUpdates: number;
  /** Close a connection whose unsent buffer grows beyond this (a consumer that stopped reading). */
  maxBufferedBytes: number;
  /** Ping interval; a connection that has not answered the previous ping is terminated. */
  pingIntervalMs: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  messagesPerSecond: 200,
  messageBurst: 400,
  awarenessPerSecond: 10,
  awarenessBurst: 30,
  maxUpdateBytes: 512 * 1024,
  compactEveryUpdates: 500,
  maxBufferedBytes: 8 * 1024 * 1024,
  pingIntervalMs: 30_000,
};
