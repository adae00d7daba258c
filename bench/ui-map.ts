import type { Page } from "playwright-core";

export interface MapSample {
  /** Click → first painted frame on the map, first time (loads the map chunk and the outline). */
  enterColdMs: number;
  /** The same once the map code is loaded. */
  enterWarmMs: number;
  /** Click → first painted frame back on the force layout. */
  leaveMs: number;
  /** Median frame time while the camera pans and zooms across the map (outline redrawn per frame). */
  panFrameMs: number;
}

/** Gives generated places coordinates spread over the inhabited latitudes (deterministic). */
export function withCoordinates<T extends { type: string; properties: Record<string, unknown> }>(
  nodes: T[],
): T[] {
  return nodes.map((n, i) =>
    n.type === "Country" || n.type === "City" || n.type === "Location"
      ? { ...n, properties: { ...n.properties, lat: ((i * 37) % 100) - 40, lon: ((i * 61) % 300) - 150 } }
      : n,
  );
}

/** Switches the explorer to the map and back through its button, timing each to the next frame. */
export async function measureMap(page: Page): Promise<MapSample> {
  const toggle = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const button = document.getElementById("map-toggle") as HTMLButtonElement;
          const want = String(button.getAttribute("aria-pressed") !== "true");
          const t0 = performance.now();
          button.click();
          const wait = () => {
            if (button.getAttribute("aria-pressed") === want && !button.disabled)
              requestAnimationFrame(() => resolve(performance.now() - t0));
            else requestAnimationFrame(wait);
          };
          wait();
        }),
    );
  const enterColdMs = await toggle();
  const panFrameMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type Cam = { animate(s: object, o: object): Promise<void> };
        const w = window as unknown as { rawabit: { sigma: { getCamera(): Cam } } };
        const times: number[] = [];
        let last = performance.now();
        let running = true;
        const tick = (now: number) => {
          times.push(now - last);
          last = now;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        void w.rawabit.sigma
          .getCamera()
          .animate({ x: 0.3, y: 0.6, ratio: 0.4 }, { duration: 1500 })
          .then(() => {
            running = false;
            times.sort((a, b) => a - b);
            resolve(times[Math.floor(times.length / 2)] ?? Number.NaN);
          });
      }),
  );
  const leaveMs = await toggle();
  const enterWarmMs = await toggle();
  await toggle();
  return { enterColdMs, enterWarmMs, leaveMs, panFrameMs };
}
