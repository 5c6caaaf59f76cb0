import { describe, expect, it } from 'vitest';
import { convexHull, outlineOf, voronoiCells, type Point } from './voronoi.ts';

const area = (poly: Point[]) =>
  Math.abs(
    poly.reduce((s, p, i) => {
      const q = poly[(i + 1) % poly.length]!;
      return s + p[0] * q[1] - q[0] * p[1];
    }, 0) / 2,
  );

describe('voronoi cells', () => {
  it('splits a square between two sites along their bisector', () => {
    const square: Point[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ];
    const [left, right] = voronoiCells(
      [
        [0.5, 1],
        [1.5, 1],
      ],
      square,
    );
    expect(area(left!)).toBeCloseTo(2);
    expect(area(right!)).toBeCloseTo(2);
    expect(Math.max(...left!.map((p) => p[0]))).toBeCloseTo(1);
  });

  it('tiles the outline: the cells’ areas add up to the outline’s', () => {
    const sites: Point[] = [
      [114.1, 36.0],
      [114.3, 36.1],
      [114.2, 35.9],
      [114.25, 36.02],
      [114.05, 36.12],
    ];
    const outline = outlineOf(sites);
    const cells = voronoiCells(sites, outline);
    const total = cells.reduce((s, c) => s + area(c), 0);
    expect(total).toBeCloseTo(area(outline), 8);
    expect(cells.every((c) => c.length >= 3)).toBe(true);
  });

  it('finds the hull of a square with an inside point', () => {
    const hull = convexHull([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0.5, 0.5],
    ]);
    expect(hull).toHaveLength(4);
  });
});
