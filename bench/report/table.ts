/**
 * Renders a run as rows — one per figure, one column per target, then ours ÷ stock relay and
 * ours ÷ Hocuspocus — for stdout (aligned text) and for BENCHMARKS.md (markdown).
 */
import type { BrowserBoardResult } from '../browser-board.js';
import type { BundleResult } from '../bundle.js';
import type { MetricValue, ScenarioId, ScenarioResult } from '../scenarios/types.js';
import { TARGETS } from '../targets/index.js';
import type { TargetId } from '../targets/types.js';
import { METRICS, SCENARIO_TITLES } from './catalogue.js';
import { metric, type GoalResult } from './goals.js';

export interface RunReport {
  results: ScenarioResult[];
  targets: TargetId[];
  bundle: BundleResult | null;
  browser: BrowserBoardResult | null;
  goals: GoalResult[];
}

type Row = { section: string } | { cells: string[] };

function show(v: MetricValue | undefined): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? 'yes' : 'NO';
  if (typeof v === 'number') return v.toLocaleString('en', { maximumFractionDigits: 2 });
  return v;
}

function ratio(a: MetricValue, b: MetricValue): string {
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return '';
  return `${(a / b).toFixed(2)}×`;
}

function rows(report: RunReport): { header: string[]; rows: Row[] } {
  const header = ['figure', ...report.targets.map((t) => TARGETS[t].label), 'ours/stock', 'ours/Hocus'];
  const out: Row[] = [];
  const scenarios = [...new Set(report.results.map((r) => r.scenario))] as ScenarioId[];
  for (const scenario of scenarios) {
    out.push({ section: SCENARIO_TITLES[scenario] });
    for (const def of METRICS.filter((d) => d.scenario === scenario)) {
      const values = report.targets.map((t) => metric(report.results, scenario, t, def.key));
      if (values.every((v) => v === null)) continue;
      const ours = metric(report.results, scenario, 'dialogdag', def.key);
      out.push({
        cells: [
          def.label,
          ...values.map(show),
          def.ratio ? ratio(ours, metric(report.results, scenario, 'stock', def.key)) : '',
          def.ratio ? ratio(ours, metric(report.results, scenario, 'hocuspocus', def.key)) : '',
        ],
      });
    }
    for (const r of report.results.filter((x) => x.scenario === scenario && x.error)) {
      out.push({ cells: [`ERROR ${TARGETS[r.target].label}: ${r.error}`] });
    }
  }
  if (report.bundle) {
    out.push({ section: 'bundle (JavaScript a route loads, gzip)' });
    if (!report.bundle.available) out.push({ cells: [`not measured: ${report.bundle.note}`] });
    for (const r of report.bundle.routes)
      out.push({ cells: [`${r.route} route, KB gzip (${r.rawKB} KB raw)`, String(r.gzipKB)] });
  }
  if (report.browser) {
    const b = report.browser;
    out.push({
      section: `browser: board with ${(b.notes ?? 2000).toLocaleString('en')} notes in Chromium (Dialogdag only)`,
    });
    if (!b.available) out.push({ cells: [b.reason ?? 'not available'] });
    else {
      out.push({ cells: ['time until interactive, ms', show(b.interactiveMs)] });
      out.push({ cells: [`drop → committed and re-rendered p50, ms (${b.drops} moves)`, show(b.dropP50Ms)] });
      out.push({ cells: [`drop → committed and re-rendered p95, ms`, show(b.dropP95Ms)] });
    }
  }
  return { header, rows: out };
}

const verdict = (g: GoalResult) => (g.met === null ? 'n/a ' : g.met ? 'MET ' : 'MISS');

export function renderText(report: RunReport): string {
  const { header, rows: body } = rows(report);
  const width = header.map((h, i) =>
    Math.max(
      h.length,
      ...body.map((r) => ('cells' in r && r.cells.length > 1 ? (r.cells[i] ?? '').length : 0)),
    ),
  );
  const line = (cells: string[]) =>
    cells.length === 1
      ? `  ${cells[0]}`
      : cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  const out = [line(header), '-'.repeat(width.reduce((a, b) => a + b + 2, 0))];
  for (const r of body) out.push('section' in r ? `\n${r.section}` : line(r.cells));
  out.push('\ngoals (reported, not asserted)');
  for (const g of report.goals) out.push(`  ${verdict(g)}  ${g.goal}: ${g.detail}`);
  return out.join('\n');
}

export function renderMarkdown(report: RunReport): string {
  const { header, rows: body } = rows(report);
  const out = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ];
  for (const r of body) {
    if ('section' in r) out.push(`| **${r.section}** |${' |'.repeat(header.length - 1)}`);
    else {
      const cells = [...r.cells, ...Array<string>(Math.max(0, header.length - r.cells.length)).fill('')];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  out.push('', '| goal | verdict | figure |', '| --- | --- | --- |');
  for (const g of report.goals) out.push(`| ${g.goal} | ${verdict(g).trim()} | ${g.detail} |`);
  return out.join('\n');
}
