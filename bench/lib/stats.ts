/** Latency samples in a growable typed array: percentiles without a histogram library. */
export interface Summary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
}

export class Samples {
  private data = new Float64Array(4096);
  private n = 0;

  add(value: number): void {
    if (this.n === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.n++] = value;
  }

  get count(): number {
    return this.n;
  }

  reset(): void {
    this.n = 0;
  }

  summary(): Summary {
    if (this.n === 0) return { count: 0, p50: null, p95: null, p99: null, max: null, mean: null };
    const sorted = this.data.slice(0, this.n).sort();
    let sum = 0;
    for (const v of sorted) sum += v;
    return {
      count: this.n,
      p50: percentileOf(sorted, 0.5),
      p95: percentileOf(sorted, 0.95),
      p99: percentileOf(sorted, 0.99),
      max: sorted[this.n - 1]!,
      mean: sum / this.n,
    };
  }
}

/** Nearest-rank percentile of an ascending array. */
export function percentileOf(sorted: Float64Array, q: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds for display and JSON (figures below 0.01 ms are noise on this machine). */
export function round(value: number | null | undefined, digits = 2): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
