import { describe, expect, it } from "vitest";
import { autoBucket, binDays, bucketStart } from "../../../ingest/server/buckets.js";
import { parseWindow } from "../../../ingest/server/window.js";

describe("timeline buckets", () => {
  it.each([
    ["2021-07-28", "day", "2021-07-28"],
    ["2021-07-28", "week", "2021-07-26"],
    ["2021-08-01", "week", "2021-07-26"],
    ["2021-07-26", "week", "2021-07-26"],
    ["2021-07-28", "month", "2021-07-01"],
  ] as const)("%s in a %s starts on %s", (day, bucket, start) => {
    expect(bucketStart(day, bucket)).toBe(start);
  });

  it("bins fill the gaps and carry evidence per bucket", () => {
    const bins = binDays(
      [
        { day: "2021-01-10", articles: 2 },
        { day: "2021-03-15", articles: 1 },
      ],
      "month",
      new Map([["2021-03-15", 4]]),
    );
    expect(bins).toEqual([
      { start: "2021-01-01", articles: 2, evidence: 0 },
      { start: "2021-02-01", articles: 0, evidence: 0 },
      { start: "2021-03-01", articles: 1, evidence: 4 },
    ]);
    expect(binDays([], "day")).toEqual([]);
  });

  it("auto: days up to four months, then weeks, then months", () => {
    expect(autoBucket("2021-01-01", "2021-03-01")).toBe("day");
    expect(autoBucket("2021-01-01", "2022-01-01")).toBe("week");
    expect(autoBucket("2015-01-01", "2021-01-01")).toBe("month");
  });
});

describe("time windows", () => {
  it("takes the whole `to` day (or second) and refuses bad or reversed dates", () => {
    expect(parseWindow("2021-07-01", "2021-07-31")).toEqual({ from: "2021-07-01", until: "2021-08-01" });
    expect(parseWindow(undefined, "2021-07-31T10:00:00Z")?.until).toBe("2021-07-31T10:00:01Z");
    expect(parseWindow(undefined, undefined)).toBeNull();
    expect(() => parseWindow("2021-08-01", "2021-07-01")).toThrow(/from \(2021-08-01\) is after to/u);
    expect(() => parseWindow("nope", undefined)).toThrow(/from must be an ISO date/u);
  });
});
