import { afterEach, describe, expect, it } from "vitest";
import { relaunchWithHeapCap } from "../../../ingest/cli/heap-cap.js";

describe("relaunchWithHeapCap", () => {
  const before = process.env.NODE_OPTIONS;
  afterEach(() => {
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  });

  it("leaves a process the operator gave a heap limit of its own to do the work itself", async () => {
    process.env.NODE_OPTIONS = "--max-old-space-size=1024";
    expect(await relaunchWithHeapCap()).toBeNull();
  });
});
