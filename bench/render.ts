/**
 * Re-renders a stored run: `npx tsx bench/render.ts [bench/results/latest-full.json] [--update-doc]`
 * prints its table (text), or rewrites BENCHMARKS.md's figures block from it — so the document can
 * be refreshed from a run without running it again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserBoardResult } from './browser-board.js';
import type { BundleResult } from './bundle.js';
import { RESULTS_DIR } from './lib/paths.js';
import type { MachineInfo } from './machine.js';
import { updateBenchmarksDoc } from './report/doc.js';
import type { GoalResult } from './report/goals.js';
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
  goals: GoalResult[];
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? path.join(RESULTS_DIR, 'latest-full.json');
const run = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredRun;
const targets = ALL_TARGET_IDS.filter((t) => run.results.some((r) => r.target === t));
const report: RunReport = {
  results: run.results,
  targets,
  bundle: run.bundle,
  browser: run.browser,
  goals: run.goals,
};
if (args.includes('--update-doc')) {
  updateBenchmarksDoc(renderMarkdown(report), run.machine, new Date(run.date), run.mode);
  console.log(`BENCHMARKS.md figures updated from ${file}`);
} else {
  console.log(renderText(report));
}
