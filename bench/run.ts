/**
 * `npm run bench` (short, < 5 min) and `npm run bench:full`: every scenario against every target,
 * side by side in one run, then the bundle sizes and the browser benchmark. Prints a table with
 * ratios against the stock relay and Hocuspocus, writes bench/results/*.json.
 *
 * Flags: --full, --only=throughput,capacity, --targets=dialogdag,stock, --profile (CPU profile of
 * our server in the throughput scenario), --no-pin, --skip-bundle, --skip-browser, --bundle-ref=HEAD (measure a
 * commit instead of the work tree), --update-doc (rewrite the figures block of BENCHMARKS.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserBoard } from './browser-board.js';
import { measureBundle, measureBundleAt } from './bundle.js';
import { FULL, SHORT, type BenchConfig } from './config.js';
import { summariseProfile, type ProfileSummary } from './lib/cpuprofile.js';
import { RESULTS_DIR, ROOT } from './lib/paths.js';
import { rerunPinned } from './lib/pin.js';
import { machineInfo } from './machine.js';
import { evaluateGoals } from './report/goals.js';
import { renderMarkdown, renderText, type RunReport } from './report/table.js';
import { updateBenchmarksDoc } from './report/doc.js';
import { runScenario, SCENARIO_ORDER } from './scenarios/index.js';
import type { ScenarioId, ScenarioResult } from './scenarios/types.js';
import { prepareBuilds } from './lib/build.js';
import { ALL_TARGET_IDS, TARGETS } from './targets/index.js';
import type { TargetId } from './targets/types.js';

const { values: flags } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    only: { type: 'string' },
    targets: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
    'skip-bundle': { type: 'boolean', default: false },
    'bundle-ref': { type: 'string' },
    'update-doc': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
  },
});

if (!flags['no-pin']) {
  const code = rerunPinned(path.join(ROOT, 'bench/run.ts'), process.argv.slice(2));
  if (code !== null) process.exit(code);
}
// Ctrl-C or a kill still runs the 'exit' handlers that stop the servers under test.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
// Every y-websocket provider adds a process 'exit' listener; dozens of them are expected here.
process.setMaxListeners(0);

const mode = flags.full ? 'full' : 'short';
const config: BenchConfig = flags.full ? FULL : SHORT;
// --only picks among the server scenarios and the two extra parts, `bundle` and `browser`.
const only = flags.only?.split(',');
const scenarios = only
  ? (only.filter((s) => s !== 'bundle' && s !== 'browser') as ScenarioId[])
  : SCENARIO_ORDER;
const runBundle = !flags['skip-bundle'] && (!only || only.includes('bundle'));
const runBrowser = !flags['skip-browser'] && (!only || only.includes('browser'));
const targets = flags.targets ? (flags.targets.split(',') as TargetId[]) : ALL_TARGET_IDS;
for (const t of targets)
  if (!TARGETS[t]) throw new Error(`unknown target ${t}; use ${ALL_TARGET_IDS.join(',')}`);
for (const s of scenarios) {
  if (!SCENARIO_ORDER.includes(s))
    throw new Error(`unknown part ${s}; use ${[...SCENARIO_ORDER, 'bundle', 'browser'].join(',')}`);
}

const log = (line: string) => console.log(line);
const machine = machineInfo();
const started = new Date();
const profileDir = flags.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-')) : undefined;
const pin = !flags['no-pin'] && machine.pinned;

log(`Dialogdag benchmarks (${mode}) — ${started.toISOString()}`);
log(
  `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAvgStart}`,
);
log(
  pin
    ? 'server on core 1, load generator on core 0 (taskset)'
    : 'NOT PINNED (no taskset or one core): figures are noisier',
);
if (machine.loadAvgStart > 0.5) log('note: the machine is busy with something else — figures will be noisy');

const bundle = !runBundle
  ? null
  : flags['bundle-ref']
    ? measureBundleAt(flags['bundle-ref'])
    : measureBundle();
if (bundle)
  log(
    `bundle: ${bundle.available ? bundle.routes.map((r) => `${r.route} ${r.gzipKB} KB`).join(', ') : bundle.note}`,
  );

if (scenarios.length > 0) prepareBuilds();
const results: ScenarioResult[] = [];
for (const scenario of scenarios) {
  for (const target of targets) {
    const t0 = Date.now();
    let result: ScenarioResult;
    try {
      result = await runScenario(scenario, TARGETS[target], config, { pin, log });
    } catch (error) {
      result = { scenario, target, metrics: {}, notes: [], error: (error as Error).message.split('\n')[0] };
    }
    results.push(result);
    const brief = Object.entries(result.metrics)
      .filter(([, v]) => typeof v === 'number')
      .slice(0, 6)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    log(
      `  ${scenario} / ${target}: ${result.error ? `ERROR ${result.error}` : brief} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }
}

// The profile comes from a run of its own: the profiler's overhead must not leak into the figures.
let profiledRun: ScenarioResult | null = null;
if (profileDir) {
  log('  profiling: throughput / dialogdag again, with --cpu-prof');
  profiledRun = await runScenario('throughput', TARGETS.dialogdag, config, {
    pin,
    log,
    cpuProfDir: profileDir,
  });
}

// Last, on its own: Chromium uses both cores, so nothing else is measured meanwhile.
if (runBrowser) log('  browser: board with 2,000 notes in Chromium');
const browser = runBrowser ? await browserBoard(config.browser) : null;
machine.loadAvgEnd = Math.round(os.loadavg()[0]! * 100) / 100;
const goals = evaluateGoals(
  results,
  bundle,
  browser,
  config.capacity.steps[config.capacity.steps.length - 1]!,
);
const report: RunReport = { results, targets, bundle, browser, goals };

let profiles: ProfileSummary[] = [];
if (profileDir) {
  profiles = fs
    .readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => {
      const kept = path.join(RESULTS_DIR, `${started.toISOString().replace(/[:.]/g, '-')}-${f}`);
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.copyFileSync(path.join(profileDir, f), kept);
      return summariseProfile(kept);
    });
  fs.rmSync(profileDir, { recursive: true, force: true });
  // The busiest thread is the server's main thread; the other is tsx's module loader.
  profiles.sort((a, b) => b.busyPct - a.busyPct);
}

log('\n' + renderText(report));
for (const r of results.filter((x) => x.notes.length)) {
  log(`  [${r.scenario} / ${r.target}] ${r.notes.filter((n) => !n.startsWith('step ')).join('; ')}`);
}
const main = profiles[0];
if (main) {
  log(
    `\nCPU profile of the Dialogdag server, main thread, whole process life (${main.totalMs} ms, busy ${main.busyPct} %):`,
  );
  log(`  ${path.relative(ROOT, main.file)} (open in Chrome DevTools → Performance)`);
  log('  self time by package, % of busy: ' + main.packages.map((h) => `${h.name} ${h.selfPct}`).join(', '));
  for (const h of main.functions) log(`  ${String(h.selfPct).padStart(5)} %  ${h.name}`);
}

fs.mkdirSync(RESULTS_DIR, { recursive: true });
const json = {
  mode,
  date: started.toISOString(),
  machine,
  config,
  results,
  bundle,
  browser,
  goals,
  profiles,
  profiledRun,
};
const file = path.join(RESULTS_DIR, `${started.toISOString().replace(/[:.]/g, '-')}-${mode}.json`);
fs.writeFileSync(file, JSON.stringify(json, null, 2));
fs.writeFileSync(path.join(RESULTS_DIR, `latest-${mode}.json`), JSON.stringify(json, null, 2));
log(`\nresults: ${path.relative(ROOT, file)}`);
if (flags['update-doc']) {
  await updateBenchmarksDoc(renderMarkdown(report), machine, started, mode);
  log('BENCHMARKS.md figures updated');
}
