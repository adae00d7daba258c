import { describe, expect, it } from "vitest";
import { requireServerVersion } from "../../../ingest/db/server-version.js";
import { ConfigError } from "../../../ingest/errors.js";

const URI = "bolt://db.example:7687";

describe("requireServerVersion", () => {
  it.each(["5.26.0", "5.26.30", "5.27.1", "2025.01.0", "2026.10.2", "6.0.0"])("accepts %s", (version) => {
    expect(() => requireServerVersion(version, URI)).not.toThrow();
  });

  it.each(["5.25.1", "5.13.0", "4.4.30", "3.5.35"])(
    "refuses %s, naming the server and the fix",
    (version) => {
      expect(() => requireServerVersion(version, URI)).toThrow(ConfigError);
      expect(() => requireServerVersion(version, URI)).toThrow(
        new RegExp(`${URI}.*version ${version.replace(/\./g, "\\.")}.*5\\.26 or later.*NEO4J_URI`),
      );
    },
  );

  it.each(["", "dev", "five.26"])("refuses the unreadable version %j", (version) => {
    expect(() => requireServerVersion(version, URI)).toThrow(/unreadable version/);
  });
});
