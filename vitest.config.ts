import { defineConfig } from "vitest/config";

// Three projects: unit tests run in parallel with no services; integration tests share one real
// Neo4j (started by the global setup) and run one file at a time so they can reset it; e2e tests
// drive Debian's Chromium against the built UI and the real API.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // The first extract() in a worker loads the tagger model and lexicons (about 0.5 s quiet);
          // on a shared, loaded machine that and a long article can pass vitest's 5 s default.
          // Tests assert behaviour, never timing, so a generous bound only guards against hangs.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/neo4j-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/neo4j-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
