// The local endpoint npm start's server writes the workspace through (scripts/workspace-endpoint.ts): only
// the page itself (its origin, its host, the per-run token) may write; names stay inside sources/; writes
// are atomic, and a bad request leaves what is on disk as it was.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleName, workspaceEndpoint, WORKSPACE_PATH } from "../scripts/workspace-endpoint.ts";
import { curationFile } from "./curation-helpers.ts";

let project: string;
let server: Server;
let port: number;
let origin: string;
const TOKEN = "a".repeat(64);

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "newsgraph-endpoint-"));
  server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;
  const endpoint = workspaceEndpoint(project, port, TOKEN);
  server.on("request", (request, response) =>
    endpoint.handle(request, response, () => {
      response.statusCode = 404;
      response.end("passed on");
    }),
  );
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(project, { recursive: true, force: true });
});

function put(route: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${origin}${WORKSPACE_PATH}/${route}`, {
    method: "PUT",
    body,
    headers: { origin, "x-newsgraph-token": TOKEN, ...headers },
  });
}

/** A PUT with the Host header given (fetch sets its own). */
function rawPut(host: string, from: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method: "PUT",
        path: `${WORKSPACE_PATH}/curation`,
        headers: { host, origin: from, "x-newsgraph-token": TOKEN },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("the workspace endpoint", () => {
  it("writes curation.json and an article, atomically (no temporary file is left)", async () => {
    const curation = curationFile();
    expect((await put("curation", JSON.stringify(curation))).status).toBe(204);
    expect(JSON.parse(readFileSync(path.join(project, "curation.json"), "utf8"))).toEqual(curation);
    expect(
      (await put("sources/pasted-article-1.txt", "Headline\n\nRoskomnadzor blocked Telegram.")).status,
    ).toBe(204);
    expect(readFileSync(path.join(project, "sources", "pasted-article-1.txt"), "utf8")).toBe(
      "Headline\n\nRoskomnadzor blocked Telegram.",
    );
    expect((await put(`sources/${encodeURIComponent("report (2).md")}`, "# Report")).status).toBe(204);
    expect(readdirSync(project).sort()).toEqual(["curation.json", "sources"]);
    expect(readdirSync(path.join(project, "sources")).sort()).toEqual([
      "pasted-article-1.txt",
      "report (2).md",
    ]);
  });

  it("refuses requests from another origin, another host, or without the right token", async () => {
    const before = readFileSync(path.join(project, "curation.json"), "utf8");
    const body = JSON.stringify(curationFile([]));
    const cases: Record<string, string>[] = [
      { origin: "http://evil.example" },
      { origin: `http://localhost:${port + 1}` },
      { origin: "null" },
      { "x-newsgraph-token": "" },
      { "x-newsgraph-token": "b".repeat(64) },
      { "x-newsgraph-token": TOKEN.slice(1) },
    ];
    for (const headers of cases) {
      const response = await put("curation", body, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    // no Origin header at all (a request not made by a page)
    const bare = await fetch(`${origin}${WORKSPACE_PATH}/curation`, {
      method: "PUT",
      body,
      headers: { "x-newsgraph-token": TOKEN },
    });
    expect(bare.status).toBe(403);
    // a page of another name that resolves here (DNS rebinding): its own origin and host
    expect(await rawPut(`evil.example:${port}`, `http://evil.example:${port}`, body)).toBe(403);
    expect(await rawPut(`evil.example:${port}`, origin, body)).toBe(403);
    expect(readFileSync(path.join(project, "curation.json"), "utf8")).toBe(before);
  });

  it("refuses article names that would leave sources/", async () => {
    for (const name of [
      "../escape.txt",
      "..%2fescape.txt",
      "%2e%2e%2fescape.txt",
      "a%2fb.txt",
      "a%5cb.txt",
      ".hidden.txt",
      "x.exe",
      "%00.txt",
      "..txt",
    ]) {
      const response = await put(`sources/${name}`, "text");
      expect([400, 404], name).toContain(response.status);
    }
    expect(existsSync(path.join(project, "escape.txt"))).toBe(false);
    expect(existsSync(path.join(path.dirname(project), "escape.txt"))).toBe(false);
    expect(readdirSync(path.join(project, "sources")).sort()).toEqual([
      "pasted-article-1.txt",
      "report (2).md",
    ]);
    expect(articleName("..%2f..%2fetc%2fpasswd.txt")).toBeNull();
    expect(articleName("ok.txt")).toBe("ok.txt");
  });

  it("refuses a curation file that is not valid, leaving the one on disk", async () => {
    const file = path.join(project, "curation.json");
    writeFileSync(file, JSON.stringify(curationFile()));
    const before = readFileSync(file, "utf8");
    const response = await put(
      "curation",
      JSON.stringify({ newsgraph: "newsgraph-curation", version: 1, operations: [{ op: "hug" }] }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('"op" must be one of');
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(
      (
        await fetch(`${origin}${WORKSPACE_PATH}/curation`, {
          headers: { origin, "x-newsgraph-token": TOKEN },
        })
      ).status,
    ).toBe(405);
  });
});
