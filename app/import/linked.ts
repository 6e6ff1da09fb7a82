// A graph named by the link (`?graph=other.json`): only a file of this site is opened, and it is checked
// as a file opened with Import is (app/load.ts). A graph from anywhere else could show spoofed content under
// this site's address; it is refused with a notice, and the page shows its own graph instead.

export type LinkedGraph =
  /** A file of this site: its address, and its name for messages. */
  | { url: string; name: string }
  /** Not opened: why, for a notice. */
  | { refused: string };

const shown = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** What `?graph=` asks for, or null when the link names no graph. */
export function linkedGraph(location: Pick<Location, "href" | "origin" | "search">): LinkedGraph | null {
  const param = new URLSearchParams(location.search).get("graph");
  if (!param) return null;
  let url: URL;
  try {
    url = new URL(param, location.href);
  } catch {
    return { refused: `The link's graph "${shown(param)}" was not opened: it is not an address.` };
  }
  // Pages and files without an origin of their own (file:, data:) have the origin "null".
  if (url.origin === "null" || url.origin !== location.origin) {
    return {
      refused:
        `The link's graph ${shown(url.href)} was not opened: links open graph files of this site only. ` +
        "Showing this site's graph.",
    };
  }
  const file = url.pathname.split("/").pop() || url.pathname;
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // a malformed escape: the name as written
  }
  return { url: url.href, name };
}
