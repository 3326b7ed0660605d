/**
 * axe-core in the page. The script goes in through the DevTools protocol (`page.evaluate` of its
 * source), not a <script> tag, so the page's Content-Security-Policy stays on while it is checked.
 * axe finds only part of what WCAG asks; keyboard paths are tested by the feature tests.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Violations of the WCAG 2.x A and AA rules inside `include` (a selector), as "rule (impact): help — targets". */
export async function axeViolations(page: Page, include = 'html'): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ selector, tags }) => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run({ include: [selector] }, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    },
    { selector: include, tags: WCAG_TAGS },
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
  );
}
