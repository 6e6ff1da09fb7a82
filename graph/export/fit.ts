// Fitting a graph into an image's frame so that nothing drawn leaves it: not the nodes' centres only, but
// their circles and the labels written right of them, which would otherwise run under the legend or off the
// image. The scale is the largest at which the whole drawing fits; the drawing is then centred.

/** What one node draws around its centre, in pixels (independent of the scale). */
export interface NodeExtent {
  x: number;
  y: number;
  left: number;
  right: number;
  up: number;
  down: number;
}

export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Fit {
  scale: number;
  /** Pixel position of graph coordinate (x, y); y points up in the graph, down in the image. */
  place(x: number, y: number): { x: number; y: number };
}

// Widths of system-ui glyphs in em, by class: generous, so an estimate errs towards more room.
const NARROW = /[ijlI.,:;'’!|()[\]ft\s]/u;
const WIDE = /[mwMW@%]/u;
const CAPITAL = /\p{Lu}/u;

/** An upper estimate of how wide `text` is at `fontSize` px (600-weight sans), for layout without a DOM. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += NARROW.test(c) ? 0.34 : WIDE.test(c) ? 0.92 : CAPITAL.test(c) ? 0.74 : 0.62;
  return em * fontSize;
}

export function fitExtents(nodes: readonly NodeExtent[], frame: Frame): Fit {
  const width = Math.max(1, frame.right - frame.left);
  const height = Math.max(1, frame.bottom - frame.top);
  if (nodes.length === 0) return { scale: 1, place: (x, y) => ({ x, y }) };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  // The drawing's box at scale s, relative to the graph's min x / max y at the origin.
  const box = (s: number) => {
    let l = Infinity;
    let r = -Infinity;
    let t = Infinity;
    let b = -Infinity;
    for (const n of nodes) {
      const px = (n.x - minX) * s;
      const py = (maxY - n.y) * s;
      l = Math.min(l, px - n.left);
      r = Math.max(r, px + n.right);
      t = Math.min(t, py - n.up);
      b = Math.max(b, py + n.down);
    }
    return { l, r, t, b };
  };
  const fits = (s: number) => {
    const { l, r, t, b } = box(s);
    return r - l <= width && b - t <= height;
  };
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  // The scale that fits the centres alone is an upper bound; the box grows with s, so bisect below it.
  let high = nodes.length > 1 ? Math.min(width / Math.max(spanX, 1e-9), height / Math.max(spanY, 1e-9)) : 1;
  let low = 0;
  if (fits(high)) low = high;
  else {
    for (let i = 0; i < 50; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
  }
  const scale = low;
  const { l, r, t, b } = box(scale);
  const offsetX = frame.left + (width - (r - l)) / 2 - l;
  const offsetY = frame.top + (height - (b - t)) / 2 - t;
  return {
    scale,
    place: (x, y) => ({ x: offsetX + (x - minX) * scale, y: offsetY + (maxY - y) * scale }),
  };
}
