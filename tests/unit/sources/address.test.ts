import { describe, expect, it } from "vitest";
import { apiConfig } from "../../../ingest/server/options.js";
import { isPrivateAddress, publicOnlyLookup } from "../../../ingest/sources/address.js";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "0.0.0.0",
    "100.64.0.1",
    "255.255.255.255",
    "::1",
    "[::1]", // as URL.hostname spells it
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fe80::1%eth0",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1", // the same, as URL.hostname normalises it
    "::ffff:a9fe:a9fe", // 169.254.169.254 mapped
    "[::ffff:10.0.0.1]",
  ])("refuses %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "192.169.0.1",
    "169.255.0.1",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "example.org", // a name is not an address: its resolution is checked when connecting
    "localhost",
  ])("lets %s through", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe("publicOnlyLookup", () => {
  const lookup = publicOnlyLookup((host, address) => new Error(`refused ${host} -> ${address}`));

  it.each([{ all: true }, { all: false }, {}])(
    "refuses a name resolving to loopback (%j)",
    async (options) => {
      const err = await new Promise<Error | null>((done) => lookup("localhost", options, (e) => done(e)));
      expect(err?.message).toMatch(/^refused localhost -> (127\.0\.0\.1|::1)$/u);
    },
  );
});

describe("KG_URL_ALLOW_PRIVATE", () => {
  it.each([
    [{}, false],
    [{ KG_URL_ALLOW_PRIVATE: "0" }, false],
    [{ KG_URL_ALLOW_PRIVATE: "1" }, true],
    [{ KG_URL_ALLOW_PRIVATE: " true " }, true],
  ])("%j -> fetchAllowPrivate %s", (env, allowed) => {
    expect(apiConfig(env).fetchAllowPrivate).toBe(allowed);
  });

  it("refuses a value that is not yes or no", () => {
    expect(() => apiConfig({ KG_URL_ALLOW_PRIVATE: "maybe" })).toThrow(/KG_URL_ALLOW_PRIVATE must be 1 or 0/);
  });
});
