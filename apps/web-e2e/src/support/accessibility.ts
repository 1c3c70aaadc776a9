import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; fails on any serious or critical violation, naming them. */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog fading in has faint colours for a moment: let finite transitions end (spinners never do). One that a
  // click has just asked for starts a frame or two later, so two frames pass before they are gathered.
  await page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise((next) => requestAnimationFrame(next));
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  if (blocking.length === 0) return;
  const found = blocking.map(
    (violation) =>
      `- ${violation.id} (${violation.impact}): ${violation.help}\n    at ${violation.nodes
        .slice(0, 3)
        .map(
          (node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
        )
        .join(' | ')}`,
  );
  throw new Error(
    `${page.url()} has ${blocking.length} serious or critical accessibility violations:\n${found.join('\n')}`,
  );
}
