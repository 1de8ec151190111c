// axe-core (the npm package, no browser download) evaluated in a real page: WCAG 2.2 AA and the best-practice
// `region` rule (all content inside landmarks). A failure lists each violation with its rule, help text and the
// first few offending elements, so the fix is obvious from the test output.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the page as it is now and returns the violations (empty when it passes). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline script) does not
  // govern; page.addScriptTag would be refused by it.
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      // Every rule tagged WCAG 2.0/2.1/2.2 A and AA; a rule named in `rules` runs whatever its tags, so the
      // best-practice `region` rule (all content inside a landmark) runs too.
      runOnly: { type: 'tag', values: [...tags] },
      rules: { region: { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.html}`).join('\n')}`)
    .join('\n');
}

/** Fails the test with a readable list when axe finds anything on the page in its current state. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  // While fixing: AXE_REPORT=<file> lists every page's violations in that file and lets the run go on.
  if (process.env.AXE_REPORT) {
    if (violations.length) appendFileSync(process.env.AXE_REPORT, `## ${label}\n${describeViolations(violations)}\n\n`);
    return;
  }
  expect(violations.map((v) => v.id), `axe on ${label}:\n${describeViolations(violations)}`).toEqual([]);
}
