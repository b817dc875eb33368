import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";

/** Plain text of an HTML fragment, as a reader sees it: tags dropped, the entities the renderer emits decoded. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of the first element `tag` in an HTML fragment (e.g. the first <h2> of an article body). */
export function firstElementText(html: string, tag: string): string {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(html);
  if (!match) throw new Error(`No <${tag}> in the HTML.`);
  return htmlText(match[1]);
}

/** The first link in an HTML fragment: its href and text. */
export function firstLink(html: string): { href: string; text: string } {
  const match = /<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/.exec(html);
  if (!match) throw new Error("No link in the HTML.");
  return { href: match[1].replace(/&amp;/g, "&"), text: htmlText(match[2]) };
}

/**
 * Expects each locator to match exactly one element and the elements to come in this order in the document
 * (a later one may sit inside an earlier one, as a figcaption sits inside its figure).
 */
export async function expectInDocumentOrder(page: Page, items: [label: string, locator: Locator][]): Promise<void> {
  for (const [label, locator] of items) await expect(locator, `${label}: one element`).toHaveCount(1);
  const handles = await Promise.all(items.map(([, locator]) => locator.elementHandle()));
  const outOfOrder = await page.evaluate(
    ({ elements, labels }) =>
      elements.flatMap((el, i) => {
        if (i === 0) return [];
        const previous = elements[i - 1]!;
        return previous.compareDocumentPosition(el!) & Node.DOCUMENT_POSITION_FOLLOWING ? [] : [`"${labels[i]}" is not after "${labels[i - 1]}"`];
      }),
    { elements: handles, labels: items.map(([label]) => label) },
  );
  expect(outOfOrder).toEqual([]);
}

/** Loads and decodes every image now (lazy ones too) and expects none to be broken. For JavaScript-enabled pages. */
export async function expectAllImagesLoaded(page: Page): Promise<void> {
  const broken = await page.evaluate(async () => {
    const images = Array.from(document.images);
    for (const image of images) image.loading = "eager";
    await Promise.all(
      images.map((image) =>
        image.complete
          ? null
          : new Promise((resolve) => {
              image.addEventListener("load", resolve, { once: true });
              image.addEventListener("error", resolve, { once: true });
            }),
      ),
    );
    // Decoded and painted too, so that a screenshot taken next shows them (they are decoding="async").
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return images.filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
  });
  expect(broken, "images that did not load").toEqual([]);
}

/** A full-page screenshot into test-results/screens/, for people to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  const dir = path.join(test.info().project.outputDir, "screens");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Expects the page to fit its viewport's width: no sideways scrolling. */
export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width at a ${width} px viewport`).toBeLessThanOrEqual(width);
}
