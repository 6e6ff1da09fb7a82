import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  // Relative asset URLs: the built explorer works from any folder of any static file server.
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  // The extractor reads a debugging switch from the environment (graph/extract/relations/verbal.ts); a
  // page has none, and under the dev server (npm start) \`process\` is not defined at all.
  define: { "process.env.NG_FRAMES": "undefined" },
  server: { port: 5173, strictPort: false },
});
