/** What the scenarios need from a server under test, whichever it is. */
import type * as Y from 'yjs';
import type { Framing } from '../lib/wire.js';
import type { ConnSpec } from '../lib/load-client.js';
import type { ServerProc } from '../lib/server-proc.js';

export type TargetId = 'dialogdag' | 'stock' | 'hocuspocus' | 'bare';

/** One document of a scenario: who writes it (one spec per tablet) and how a facilitator reads it. */
export interface DocPlan {
  docName: string;
  writer: ConnSpec;
  facilitator: ConnSpec;
}

export interface Layout {
  /** Table documents. */
  tables: number;
}

export interface Provisioned {
  tables: DocPlan[];
  /** The facilitator's other documents (event, board): connected, never written by the load. */
  facilitatorExtras: ConnSpec[];
}

/** A real Yjs client (the target's own provider) for convergence and late-join checks. */
export interface RealClient {
  doc: Y.Doc;
  synced(): boolean;
  destroy(): void;
}

export interface StartOptions {
  dataDir: string;
  port: number;
  pin: boolean;
  cpuProfDir?: string | undefined;
}

export interface Target {
  id: TargetId;
  label: string;
  framing: Framing;
  /** Keeps documents across a restart. */
  persistent: boolean;
  /** Keeps a document and answers sync (false for the bare relay). */
  hasDoc: boolean;
  /** What its acknowledgement means, if it sends one. */
  acks: 'durable' | 'applied' | 'none';
  start(opts: StartOptions): Promise<ServerProc>;
  /** Creates what a scenario's documents need (events, tables, tokens) and returns how to connect. */
  provision(server: ServerProc, layout: Layout): Promise<Provisioned>;
  /** A real Yjs client on one document, or null where the target cannot serve one. */
  realClient(server: ServerProc, spec: ConnSpec, doc: Y.Doc): RealClient | null;
  /** Notes printed with the results (e.g. a fallback that was taken). */
  notes(server: ServerProc): string[];
}
