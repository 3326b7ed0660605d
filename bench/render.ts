/**
 * Re-renders stored runs: `npx tsx bench/render.ts [run.json …] [--update-doc]` prints the table, or
 * rewrites BENCHMARKS.md's figures block — so the document can be refreshed without running again.
 * Several files are merged in order (a later file's figures for the same scenario and target, bundle
 * or browser win), e.g. a full run plus a browser-only run (`npm run bench:full -- --only=browser`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserBoardResult } from './browser-board.js';
import type { BundleResult } from './bundle.js';
import { RESULTS_DIR } from './lib/paths.js';
import type { MachineInfo } from './machine.js';
import { updateBenchmarksDoc } from './report/doc.js';
import { evaluateGoals } from './report/goals.js';
import type { BenchConfig } from './config.js';
import { renderMarkdown, renderText, type RunReport } from './report/table.js';
import type { ScenarioResult } from './scenarios/types.js';
import { ALL_TARGET_IDS } from './targets/index.js';

interface StoredRun {
  mode: string;
  date: string;
  machine: MachineInfo;
  results: ScenarioResult[];
  bundle: BundleResult | null;
  browser: BrowserBoardResult | null;
  config?: BenchConfig;
}

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) files.push(path.join(RESULTS_DIR, 'latest-full.json'));
const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as StoredRun);
const first = runs[0]!;
const results = new Map<string, ScenarioResult>();
let bundle: BundleResult | null = null;
let browser: BrowserBoardResult | null = null;
let capacityTarget = 5_000;
for (const run of runs) {
  for (const r of run.results) results.set(`${r.scenario}/${r.target}`, r);
  bundle = run.bundle ?? bundle;
  browser = run.browser ?? browser;
  const steps = run.config?.capacity.steps;
  if (run.results.some((r) => r.scenario === 'capacity') && steps) capacityTarget = steps[steps.length - 1]!;
}
const merged = [...results.values()];
const targets = ALL_TARGET_IDS.filter((t) => merged.some((r) => r.target === t));
const report: RunReport = {
  results: merged,
  targets,
  bundle,
  browser,
  goals: evaluateGoals(merged, bundle, browser, capacityTarget),
};
if (args.includes('--update-doc')) {
  await updateBenchmarksDoc(renderMarkdown(report), first.machine, new Date(first.date), first.mode);
  console.log(`BENCHMARKS.md figures updated from ${files.join(', ')}`);
} else {
  console.log(renderText(report));
}
