// Which nodes a lasso encloses: a point-in-polygon test (even–odd rule, ray casting) over node positions in
// screen coordinates. Pure geometry, so the browser's lasso and the tests agree.

export interface Point {
  x: number;
  y: number;
}

/** True when `point` lies inside `polygon` (closed implicitly; fewer than 3 corners enclose nothing). */
export function insidePolygon(point: Point, polygon: readonly Point[]): boolean {
  if (polygon.length < 3) return false;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    // Does the horizontal ray to the right of `point` cross the edge a–b?
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/** The keys of the positions inside `polygon`, in the order given. */
export function nodesInLasso(
  positions: Iterable<[key: string, point: Point]>,
  polygon: readonly Point[],
): string[] {
  const inside: string[] = [];
  if (polygon.length < 3) return inside;
  for (const [key, point] of positions) if (insidePolygon(point, polygon)) inside.push(key);
  return inside;
}
