import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  // Graph files and generated programs import "gradfuse" and "gradfuse/runtime" by name, as a user's
  // do; inside the checkout's tests those names are the sources (the package test installs dist/).
  resolve: {
    alias: [
      { find: /^gradfuse$/, replacement: src("index.ts") },
      { find: /^gradfuse\/runtime$/, replacement: src("runtime/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
