export type Point = readonly [number, number];

const cross = (o: Point, a: Point, b: Point) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/**
 * The convex hull of points (Andrew's monotone chain), counter-clockwise, without repeating the
 * first point. Duplicates and collinear points on an edge are dropped; fewer than three distinct
 * points come back as they are (a point or a segment).
 */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique = sorted.filter(
    (p, i) => i === 0 || p[0] !== sorted[i - 1]?.[0] || p[1] !== sorted[i - 1]?.[1],
  );
  if (unique.length < 3) return unique;
  const half = (list: Point[]): Point[] => {
    const chain: Point[] = [];
    for (const p of list) {
      while (
        chain.length >= 2 &&
        cross(chain[chain.length - 2] as Point, chain[chain.length - 1] as Point, p) <= 0
      )
        chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  const hull = [...half(unique), ...half([...unique].reverse())];
  return hull.length ? hull : [unique[0] as Point, unique[unique.length - 1] as Point];
}
