import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe on the page as it is now and fails on any violation of impact "serious" or "critical",
 * listing each rule id with the elements it flagged.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // After a Server Action's redirect, the router swaps the page in before React puts the new <title> in place: wait for
  // it (a page that never gets one still fails, here or in axe's document-title rule).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  expect(report, `axe found serious or critical violations on ${page.url()}`).toEqual([]);
}

/**
 * The same check for a page in a context with JavaScript off, where axe itself cannot run (the browser fires no timers,
 * and axe waits on them). The page's document as the reader has it is served again, at the same address, with its
 * scripts removed and its <noscript> content unwrapped, to a scripting page in a fresh context, and axe checks that
 * copy: same markup, same stylesheets.
 */
export async function expectNoSeriousA11yViolationsWithoutJavaScript(page: Page): Promise<void> {
  const url = page.url();
  // Without scripts, <noscript> content is ordinary markup: unwrap it so the scripting copy shows it too.
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<\/?noscript>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("The page's context has no browser.");
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    // The copy must not count as a view: its counting pixel (or anything else asking the API) is answered here.
    await copy.route("**/api/**", (route) => route.fulfill({ status: 204 }));
    await copy.route(
      (address) => address.href === url,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    await expectNoSeriousA11yViolations(copy);
  } finally {
    await context.close();
  }
}
