import { describe, expect, it } from "vitest";
import { PARAM_HINTS_AR } from "../../../graph-ui/src/i18n/param-hints.js";
import { loadQueryLibrary } from "../../../ingest/queries/library.js";

describe("Arabic parameter hints of the saved queries", () => {
  it("cover every parameter of every saved query (add the Arabic to graph-ui/src/i18n/param-hints.ts)", () => {
    const missing = loadQueryLibrary()
      .flatMap((q) => q.parameters.map((p) => ({ at: `${q.name}/${p.name}`, hint: p.description })))
      .filter((p) => p.hint !== "" && PARAM_HINTS_AR[p.hint] === undefined);
    expect(missing).toEqual([]);
  });

  it("are Arabic", () => {
    for (const text of Object.values(PARAM_HINTS_AR)) expect(text).toMatch(/\p{Script=Arabic}/u);
  });
});
