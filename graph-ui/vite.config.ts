import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  // Relative base: the same build works at / (npm start) and under any sub-path.
  base: "./",
  build: {
    sourcemap: false,
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The Cypher console chunk (ANTLR parser) is ~1.1 MB but lazy: it loads only when the tab opens.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          // graphology-gexf stays with the export tab that uses it, out of the first load.
          if (/node_modules\/(sigma|graphology(?!-gexf)[^/]*)\//.test(id)) return "graph";
          if (/node_modules\/(@codemirror|@lezer|codemirror|@neo4j-cypher|antlr4)/.test(id))
            return "codemirror";
          if (/node_modules\/zod\//.test(id)) return "zod";
          return undefined;
        },
      },
    },
  },
  worker: { format: "es" },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
