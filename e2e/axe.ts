import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The rule sets the portal promises to meet: WCAG 2.1 levels A and AA. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Monaco draws its own widgets (hidden textarea, minimap canvas, overflow guards, line numbers at its
 * own contrast); their markup is not ours to fix, so only the editor's inside is left out; the labelled
 * region around it is still checked.
 */
export const monacoInternals = ".monaco-editor";

/** Runs axe on the page as it is now and fails listing each violating element with the rule's help. */
export async function expectNoA11yViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} [${v.impact ?? "unknown"}] ${n.target.join(" ")}\n    ${v.help} (${v.helpUrl})\n    ${n.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`),
  );
  expect(report, `accessibility violations on ${page.url()}:\n${report.join("\n")}`).toEqual([]);
}
