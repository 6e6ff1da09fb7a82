import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  // Relative asset URLs: the built explorer works from any folder of any static file server.
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  server: { port: 5173, strictPort: false },
});
