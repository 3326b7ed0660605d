/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function and by package, so a
 * missed goal comes with where the time went.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  name: string;
  selfPct: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Share of the profile the thread was not idle; hot spots are shares of that busy time. */
  busyPct: number;
  functions: HotSpot[];
  packages: HotSpot[];
}

/** node_modules/<pkg>, the project folder (server/, shared/), node: internals, or V8 itself. */
function packageOf(url: string): string {
  if (!url) return '(v8 / native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const own = /\/(server|shared|bench|scripts)\//.exec(url);
  return own ? `${own[1]}/` : url;
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\//, '')
    .replace(/.*\/work\/[^/]+\//, '');
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const isIdle = (node: ProfileNode) => node.callFrame.functionName === '(idle)';
  const all = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const total = profile.nodes.reduce((n, node) => n + (isIdle(node) ? 0 : (node.hitCount ?? 0)), 0) || 1;
  const byFn = new Map<string, number>();
  const byPkg = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits || isIdle(node)) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
    byFn.set(fn, (byFn.get(fn) ?? 0) + hits);
    const pkg = packageOf(url);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + hits);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => ({ name, selfPct: Math.round((hits / total) * 1000) / 10 }));
  return {
    file,
    totalMs: Math.round((profile.endTime - profile.startTime) / 1000),
    busyPct: Math.round((total / all) * 1000) / 10,
    functions: rank(byFn),
    packages: rank(byPkg),
  };
}
