/**
 * npm run screenshot: the README's picture of the reader with a card open, made from the built app
 * (run `npm run build` first) in Debian's Chromium, so it always shows the product as it is.
 */
import { chromium as launcher } from "@playwright/test";
import { chromium } from "../playwright.config";
import { startServer } from "./serve";

const out = process.argv[2] ?? "docs/reader.png";
const server = await startServer();
const browser = await launcher.launch(chromium);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 820 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/en/articles/dushanbe-reinforces-border`);
  await page.locator("#p3").getByRole("button", { name: "Jamaat Ansarullah", exact: true }).click();
  await page.mouse.move(0, 0);
  await page.getByRole("dialog", { name: "Jamaat Ansarullah" }).waitFor();
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
