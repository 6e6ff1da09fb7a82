// Helpers of the suites that run `npm start` as a user would: a free port to give it, and waiting for it.
import { createServer } from "node:net";

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === "object" && address ? address.port : 0;
}

/** Polls `check` every `everyMs` until it holds or `ms` have passed; its last answer. */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms: number,
  everyMs = 200,
): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, everyMs));
  }
  return check();
}
