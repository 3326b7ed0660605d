/**
 * A small Prometheus text-format registry: counters, gauges and one histogram are all we need, and
 * writing them here keeps the server's dependency list short.
 */

type Labels = Record<string, string>;

const labelKey = (labels: Labels | undefined): string =>
  labels
    ? Object.keys(labels)
        .sort()
        .map((k) => `${k}="${String(labels[k]).replace(/["\\\n]/g, '_')}"`)
        .join(',')
    : '';

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels?: Labels, by = 1): void {
    const key = labelKey(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [key, value] of this.values) lines.push(`${this.name}${key ? `{${key}}` : ''} ${value}`);
    return lines.join('\n');
  }
}

class Gauge {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {}
  render(): string {
    return [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} gauge`,
      `${this.name} ${this.read()}`,
    ].join('\n');
  }
}

class Histogram {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: number[],
  ) {
    this.counts = buckets.map(() => 0);
  }
  observe(value: number): void {
    this.sum += value;
    this.count++;
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) this.counts[i]!++;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket{le="${b}"} ${this.counts[i]}`));
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`);
    lines.push(`${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`);
    return lines.join('\n');
  }
}

export interface MetricsSources {
  connections: () => number;
  roomsLoaded: () => number;
}

export function createMetrics() {
  const gauges: Gauge[] = [];
  const metrics = {
    httpRequests: new Counter('dialogdag_http_requests_total', 'HTTP requests by route and status.'),
    upgradesRefused: new Counter(
      'dialogdag_ws_upgrades_refused_total',
      'WebSocket upgrades refused, by status.',
    ),
    connectionsOpened: new Counter(
      'dialogdag_ws_connections_opened_total',
      'WebSocket connections accepted.',
    ),
    closes: new Counter('dialogdag_ws_closes_total', 'Connections closed by the server, by close code.'),
    messagesIn: new Counter('dialogdag_ws_messages_in_total', 'WebSocket messages received.'),
    rejected: new Counter('dialogdag_ws_rejected_total', 'Messages rejected, by reason.'),
    droppedWrites: new Counter(
      'dialogdag_ws_dropped_writes_total',
      'Writes dropped on read-only connections.',
    ),
    updatesPersisted: new Counter('dialogdag_updates_persisted_total', 'Yjs updates appended to storage.'),
    compactions: new Counter('dialogdag_compactions_total', 'Update logs merged into snapshots.'),
    persistenceFailures: new Counter('dialogdag_persistence_failures_total', 'Appends storage refused.'),
    joinFailures: new Counter('dialogdag_join_failures_total', 'Join attempts with an unknown code.'),
    appendSeconds: new Histogram(
      'dialogdag_append_seconds',
      'Time to commit one group of updates (everything that arrived in one event-loop turn) to storage.',
      [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    ),
    /** Registers live gauges once their sources exist (the ws adapter and room registry). */
    bindSources(sources: MetricsSources): void {
      gauges.push(
        new Gauge('dialogdag_ws_connections', 'Open WebSocket connections.', sources.connections),
        new Gauge('dialogdag_rooms_loaded', 'Documents loaded in memory.', sources.roomsLoaded),
      );
    },
    render(): string {
      const all = [
        metrics.httpRequests,
        metrics.upgradesRefused,
        metrics.connectionsOpened,
        metrics.closes,
        metrics.messagesIn,
        metrics.rejected,
        metrics.droppedWrites,
        metrics.updatesPersisted,
        metrics.compactions,
        metrics.persistenceFailures,
        metrics.joinFailures,
        metrics.appendSeconds,
        ...gauges,
        new Gauge('process_resident_memory_bytes', 'Resident memory.', () => process.memoryUsage().rss),
      ];
      return all.map((m) => m.render()).join('\n') + '\n';
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
