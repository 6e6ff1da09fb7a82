// The endpoint through which the explorer served by `npm start` writes its workspace into the project:
// articles added in the page to sources/, the corrections to curation.json, so the next `npm start` builds
// them in. Only the page itself may write: the request must come from the server's own origin (Origin and
// Host both checked, which also stops DNS rebinding) and carry the per-run token handed to the page in its
// HTML. Names are one plain file name in sources/; writes are atomic (temp file + rename).
import { randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { CurationError, parseCuration, serializeCuration } from "../graph/curation/index.ts";
import { writeFileAtomic } from "../graph/write.ts";

export const WORKSPACE_PATH = "/__newsgraph/workspace";
export const TOKEN_META = "newsgraph-workspace-token";
export const TOKEN_HEADER = "x-newsgraph-token";
/** An article file, as the explorer reads added articles; the same limit as the builder's default. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;
const ARTICLE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,199}\.(txt|md|html|htm)$/u;

export interface WorkspaceEndpoint {
  token: string;
  /** Connect-style middleware: answers requests under WORKSPACE_PATH, passes the rest on. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => void): void;
}

/** `project`: the folder holding sources/ and curation.json; `port`: the server's, for its own origins. */
export function workspaceEndpoint(
  project: string,
  port: number,
  token = randomBytes(32).toString("hex"),
): WorkspaceEndpoint {
  const hosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  const sources = path.join(project, "sources");
  const expected = Buffer.from(token);

  const refuse = (response: ServerResponse, status: number, why: string) => {
    response.statusCode = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end(why);
  };

  const fromThePage = (request: IncomingMessage): string | null => {
    const origin = request.headers.origin;
    if (!origin || !origins.has(origin)) return `requests from ${origin ?? "no origin"} are refused`;
    if (!hosts.has(request.headers.host ?? "")) return "requests for another host are refused";
    const given = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ""));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return "a wrong or missing token";
    return null;
  };

  return {
    token,
    handle(request, response, next) {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (!url.pathname.startsWith(`${WORKSPACE_PATH}/`)) return next();
      const refused = fromThePage(request);
      if (refused) return refuse(response, 403, `Refused: ${refused}.`);
      if (request.method !== "PUT") return refuse(response, 405, "Only PUT writes the workspace.");
      const route = url.pathname.slice(WORKSPACE_PATH.length + 1);
      readBody(request)
        .then(async (body) => {
          if (body === null)
            return refuse(response, 413, `Too large (the limit is ${MAX_BODY_BYTES / 1024 / 1024} MB).`);
          if (route === "curation") {
            const curation = parseCuration(body, "curation.json");
            await writeFileAtomic(path.join(project, "curation.json"), serializeCuration(curation));
          } else if (route.startsWith("sources/")) {
            const name = articleName(route.slice("sources/".length));
            if (!name)
              return refuse(
                response,
                400,
                "Refused: an article name is one file name (.txt, .md, .html) in sources/.",
              );
            await mkdir(sources, { recursive: true });
            await writeFileAtomic(path.join(sources, name), body);
          } else return refuse(response, 404, "Nothing here.");
          response.statusCode = 204;
          response.end();
        })
        .catch((error: unknown) => {
          if (error instanceof CurationError) refuse(response, 400, error.message);
          else
            refuse(
              response,
              500,
              `Could not write: ${error instanceof Error ? error.message : String(error)}`,
            );
        });
    },
  };
}

/** A plain file name, or null for anything that could reach outside sources/ (`..`, slashes, NUL, …). */
export function articleName(encoded: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (!ARTICLE_NAME.test(name) || name.includes("..") || name !== path.basename(name)) return null;
  return name;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(over ? null : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** A Vite plugin: the endpoint on the dev server, and the token in the page it serves. */
export function workspacePlugin(project: string, port: number) {
  const endpoint = workspaceEndpoint(project, port);
  return {
    name: "newsgraph-workspace",
    configureServer(server: { middlewares: { use(handler: WorkspaceEndpoint["handle"]): void } }) {
      server.middlewares.use(endpoint.handle);
    },
    transformIndexHtml(html: string) {
      return html.replace("</head>", `<meta name="${TOKEN_META}" content="${endpoint.token}" />\n</head>`);
    },
  };
}
