/**
 * One target under one scenario: a fresh server process on a fresh data directory, its documents
 * provisioned, and the load clients (tablets, one facilitator) that drive and measure it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocPlan, Provisioned, Target } from '../targets/types.js';
import { LoadClient, type ConnSpec } from './load-client.js';
import { freePort, type ServerProc } from './server-proc.js';
import { Samples } from './stats.js';
import { SentRegistry, UpdateStream } from './update-stream.js';
import { mapLimit } from './http.js';

export interface SessionOptions {
  target: Target;
  pin: boolean;
  tables: number;
  writersPerTable: number;
  /** One facilitator client on every table doc (and the event and board docs). */
  facilitator: boolean;
  /** Length of each writer's update stream. */
  updatesPerWriter: number;
  reconnect?: boolean;
  cpuProfDir?: string | undefined;
}

/** Yjs client ids of load writers: fixed, so a rerun sends byte-identical updates. */
const CLIENT_ID_BASE = 100_000;
const CONNECT_CONCURRENCY = 64;

export class Session {
  readonly registry = new SentRegistry();
  /** Tablet edit → another tablet at the same table. */
  readonly peer = new Samples();
  /** Tablet edit → the facilitator. */
  readonly toFacilitator = new Samples();
  /** Tablet edit → the server's acknowledgement (durable for Dialogdag). */
  readonly ack = new Samples();
  readonly writers: LoadClient[] = [];
  readonly facilitators: LoadClient[] = [];
  readonly dataDir: string;
  server!: ServerProc;
  provisioned!: Provisioned;
  private port = 0;

  private constructor(readonly opts: SessionOptions) {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${opts.target.id}-`));
  }

  /** Starts the server and provisions the documents; clients are created but not connected. */
  static async open(opts: SessionOptions): Promise<Session> {
    const session = new Session(opts);
    session.port = await freePort();
    await session.startServer();
    session.provisioned = await opts.target.provision(session.server, { tables: opts.tables });
    session.createClients();
    return session;
  }

  async startServer(): Promise<void> {
    this.server = await this.opts.target.start({
      dataDir: this.dataDir,
      port: this.port,
      pin: this.opts.pin,
      cpuProfDir: this.opts.cpuProfDir,
    });
  }

  private clientOptions() {
    const t = this.opts.target;
    return {
      framing: t.framing,
      serverHasDoc: t.hasDoc,
      acks: t.acks !== 'none',
      reconnect: !!this.opts.reconnect,
    };
  }

  private createClients(): void {
    this.addWriters(this.provisioned.tables, this.opts.writersPerTable);
    if (this.opts.facilitator) {
      const hooks = { registry: this.registry, onPeerLatency: (ms: number) => this.toFacilitator.add(ms) };
      const specs: ConnSpec[] = [
        ...this.provisioned.tables.map((p) => p.facilitator),
        ...this.provisioned.facilitatorExtras,
      ];
      for (const spec of specs)
        this.facilitators.push(new LoadClient(spec, null, hooks, this.clientOptions()));
    }
  }

  /** Adds `perTable` writers to each plan (the capacity ramp adds them step by step). */
  addWriters(plans: DocPlan[], perTable: number): LoadClient[] {
    const hooks = {
      registry: this.registry,
      onPeerLatency: (ms: number) => this.peer.add(ms),
      onAckLatency: (ms: number) => this.ack.add(ms),
    };
    const added: LoadClient[] = [];
    for (const plan of plans) {
      for (let k = 0; k < perTable; k++) {
        const stream = UpdateStream.generate(
          CLIENT_ID_BASE + this.writers.length,
          this.opts.updatesPerWriter,
        );
        this.registry.register(stream);
        const client = new LoadClient(plan.writer, stream, hooks, this.clientOptions());
        this.writers.push(client);
        added.push(client);
      }
    }
    return added;
  }

  /** Connects clients (bounded concurrency); returns how many failed. */
  async connect(clients: LoadClient[]): Promise<number> {
    let failed = 0;
    await mapLimit(clients, CONNECT_CONCURRENCY, (c) => c.connect().catch(() => void failed++));
    return failed;
  }

  resetSamples(): void {
    this.peer.reset();
    this.toFacilitator.reset();
    this.ack.reset();
  }

  async close(): Promise<void> {
    for (const c of [...this.writers, ...this.facilitators]) c.close();
    await this.server?.kill('SIGTERM');
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
