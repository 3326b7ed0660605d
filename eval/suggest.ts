/**
 * `npm run eval:suggest`: how well the grouping-suggestion engine fits labelled sets, next to a plain
 * TF-IDF baseline, and how fast it is on a 2,000-note board. Sets live in eval/sets/*.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSet, type SetScores } from './evaluate-set.js';
import { readLabelledSet } from './labelled-set.js';
import { measureTiming } from './timing.js';

const setsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sets');
const sets = fs
  .readdirSync(setsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readLabelledSet(path.join(setsDir, f)));

const GOALS = { top1: 0.6, top3: 0.9, ari: 0.3 };
const fixed = (x: number) => x.toFixed(2);
const mark = (value: number, goal: number) => `${fixed(value)}${value >= goal ? ' ✓' : '  '}`;

console.log('Grouping suggestions — leave-one-out factor ranking and suggested groups vs labels');
console.log(`goals: top-1 ≥ ${GOALS.top1}, top-3 ≥ ${GOALS.top3}, ARI ≥ ${GOALS.ari}\n`);
const header = ['set', 'notes', 'factors', 'method', 'top-1', 'top-3', 'ARI', 'groups'];
const rows: string[][] = [];
for (const set of sets) {
  const engine: SetScores = evaluateSet(set, 'engine');
  const baseline: SetScores = evaluateSet(set, 'baseline');
  for (const [method, s] of [
    ['engine', engine],
    ['baseline*', baseline],
  ] as const) {
    rows.push([
      set.name,
      String(s.notes),
      String(s.factors),
      method,
      mark(s.top1, GOALS.top1),
      mark(s.top3, GOALS.top3),
      mark(s.ari, GOALS.ari),
      String(s.groups),
    ]);
  }
}
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  '\n* baseline: lower-cased words, TF-IDF, cosine to title + placed notes; its grouping threshold is the best\n' +
    '  of several tried on each set, which flatters it.\n',
);

const timing = measureTiming(sets);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Timing (median of ${timing.runs} runs; ${cpu}, ${os.cpus().length} cores, Node ${process.versions.node})`,
);
console.log(
  `  build index, ${timing.notes} notes × ${timing.factors} factors: ${timing.buildMs.toFixed(1)} ms`,
);
console.log(`  top-3 factors for every note:              ${timing.top3AllMs.toFixed(1)} ms`);
console.log(
  `  build + top-3 for every note:              ${(timing.buildMs + timing.top3AllMs).toFixed(1)} ms`,
);
console.log(`  similar notes for one note:                ${timing.similarNotesMs.toFixed(2)} ms`);
console.log(`  suggest groups for a pool of ${timing.poolSize}:       ${timing.groupPoolMs.toFixed(0)} ms`);
