// Runs axe-core in a page (the context needs bypassCSP: axe is injected as a script) and returns
// the serious and critical violations.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
