/**
 * What the sync room knows about a connection: who it is and how to talk to it — not which socket
 * library carries it. The ws adapter implements `send` and `close`; tests can drive a room directly.
 */
import type { Access, CloseCode, Role } from '../../shared/protocol.js';

export interface SyncPeer {
  /** Unique per connection, for logs and metrics (never a token). */
  readonly id: string;
  readonly role: Role;
  readonly eventId: string;
  /** The holder's own table, for table tokens. */
  readonly tableId: string | null;
  readonly access: Exclude<Access, 'none'>;
  /** Whether the client asked for durable-ack messages. */
  readonly wantsDurableAcks: boolean;
  send(message: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}

/** Per-connection state the room keeps beside the peer. */
export interface PeerState {
  /** The awareness clientID this connection owns, pinned by its first awareness update. */
  awarenessClientId: number | null;
  /** Document-writing messages received (sync step 2 + update), the number the durable ack reports. */
  writesReceived: number;
  /** Token bucket for messages, refilled per second. */
  messageTokens: number;
  awarenessTokens: number;
  lastRefillMs: number;
}

export function newPeerState(nowMs: number, messageBurst: number, awarenessBurst: number): PeerState {
  return {
    awarenessClientId: null,
    writesReceived: 0,
    messageTokens: messageBurst,
    awarenessTokens: awarenessBurst,
    lastRefillMs: nowMs,
  };
}
