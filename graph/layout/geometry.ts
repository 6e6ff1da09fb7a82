// Rectangles on the stage, their extent, and a grid that finds the ones near a rectangle: shared by
// the builder's placement of added nodes and the explorer's choice of which labels to draw.

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The bounding box of points, with its size. */
export function bounds(points: Iterable<{ x: number; y: number }>) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { minX, maxX, minY, maxY, width: maxX - minX, height: maxY - minY };
}

/** Items bucketed by the cells their rectangle touches, so each check looks at a few neighbours. */
export class RectGrid<T> {
  private cells = new Map<string, T[]>();
  constructor(private readonly cell: number) {}

  private keys(rect: Rect): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(rect.left / this.cell); cx <= Math.floor(rect.right / this.cell); cx++)
      for (let cy = Math.floor(rect.top / this.cell); cy <= Math.floor(rect.bottom / this.cell); cy++)
        keys.push(`${cx},${cy}`);
    return keys;
  }

  some(rect: Rect, test: (item: T) => boolean): boolean {
    return this.keys(rect).some((key) => this.cells.get(key)?.some(test));
  }

  add(item: T, rect: Rect): void {
    for (const key of this.keys(rect)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }
}
