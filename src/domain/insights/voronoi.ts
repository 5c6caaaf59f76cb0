// Township areas without map data: each village's Voronoi cell (the points nearer to it than to any
// other village), clipped to the county's outline (the villages' hull, widened a little).

export type Point = [number, number];

const cross = (o: Point, a: Point, b: Point) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Convex hull, counter-clockwise (Andrew's monotone chain). */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0)
        out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** The hull pushed out from its centre by `margin` (a fraction of its size), as the county outline. */
export function outlineOf(points: readonly Point[], margin = 0.08): Point[] {
  const hull = convexHull(points);
  const cx = hull.reduce((s, p) => s + p[0], 0) / hull.length;
  const cy = hull.reduce((s, p) => s + p[1], 0) / hull.length;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0.01);
  if (hull.length < 3) {
    const r = size * (0.5 + margin);
    return [
      [cx - r, cy - r],
      [cx + r, cy - r],
      [cx + r, cy + r],
      [cx - r, cy + r],
    ];
  }
  return hull.map(([x, y]) => {
    const d = Math.hypot(x - cx, y - cy) || 1;
    const push = (size * margin) / d;
    return [x + (x - cx) * push, y + (y - cy) * push];
  });
}

/** Keeps the part of a convex polygon on `site`'s side of the bisector between site and other. */
function clipToBisector(polygon: Point[], site: Point, other: Point): Point[] {
  const mx = (site[0] + other[0]) / 2;
  const my = (site[1] + other[1]) / 2;
  const nx = other[0] - site[0];
  const ny = other[1] - site[1];
  const side = (p: Point) => (p[0] - mx) * nx + (p[1] - my) * ny; // ≤ 0: site's side
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const sa = side(a);
    const sb = side(b);
    if (sa <= 0) out.push(a);
    if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0)) {
      const t = sa / (sa - sb);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  }
  return out;
}

/**
 * Each site's Voronoi cell inside `outline` (a convex polygon). Plain half-plane clipping,
 * O(n²): a county has a few hundred villages, drawn once per view.
 */
export function voronoiCells(sites: readonly Point[], outline: readonly Point[]): Point[][] {
  return sites.map((site, i) => {
    let cell: Point[] = [...outline];
    for (let j = 0; j < sites.length && cell.length > 0; j++) {
      const other = sites[j]!;
      if (j === i || (other[0] === site[0] && other[1] === site[1])) continue;
      cell = clipToBisector(cell, site, other);
    }
    return cell;
  });
}
