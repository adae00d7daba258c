import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a quiet, offline headless Chromium. WebGL (sigma) runs on SwiftShader through ANGLE:
 * there is no GPU here, and recent Chromium only allows the software fallback when asked.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A fresh profile per launch, so tests never share localStorage or caches. */
export async function launchBrowser(opts: { width?: number; height?: number } = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "rawabit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 },
    acceptDownloads: true,
    locale: "ar",
  });
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); give the page a no-op.
  await context.addInitScript("globalThis.__name = globalThis.__name || ((fn) => fn);");
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Where sigma draws a node: viewport coordinates inside the sigma container, the container's size,
 * and the same point in page coordinates (for `page.mouse`). Null when the node is not displayed.
 */
export interface NodeOnScreen {
  x: number;
  y: number;
  pageX: number;
  pageY: number;
  width: number;
  height: number;
}

export function nodeViewportPosition(page: Page, id: string): Promise<NodeOnScreen | null> {
  return page.evaluate((nodeId) => {
    const s = (
      window as unknown as {
        rawabit: {
          sigma: {
            getNodeDisplayData(id: string): { x: number; y: number } | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            getDimensions(): { width: number; height: number };
            getContainer(): HTMLElement;
          };
        };
      }
    ).rawabit.sigma;
    const d = s.getNodeDisplayData(nodeId);
    if (!d) return null;
    const v = s.framedGraphToViewport(d);
    const dim = s.getDimensions();
    const box = s.getContainer().getBoundingClientRect();
    return { x: v.x, y: v.y, pageX: box.left + v.x, pageY: box.top + v.y, ...dim };
  }, id);
}
