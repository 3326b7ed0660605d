/**
 * Rewrites only the generated block of BENCHMARKS.md (between the markers), so the hand-written
 * analysis around it survives a rerun with `--update-doc`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from '../lib/paths.js';
import type { MachineInfo } from '../machine.js';

const START = '<!-- figures:start (written by `npm run bench:full -- --update-doc`) -->';
const END = '<!-- figures:end -->';

export async function updateBenchmarksDoc(
  table: string,
  machine: MachineInfo,
  date: Date,
  mode: string,
): Promise<void> {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const block = [
    START,
    '',
    `Run: \`${mode}\`, ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine.cpuModel}, ${machine.cores} cores, ` +
      `${machine.memoryGB} GiB, Node ${machine.node}, ${machine.platform}; ` +
      `${machine.pinned ? 'server pinned to core 1, load generator to core 0' : 'not pinned'}; ` +
      `load average ${machine.loadAvgStart} at start, ${machine.loadAvgEnd ?? '?'} at end.`,
    '',
    table,
    '',
    END,
  ].join('\n');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? doc.slice(0, start) + block + doc.slice(end + END.length)
      : `${doc}\n${block}\n`;
  // Formatted as `npm run format` would, so the format check stays green after an update.
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
}
