import { describe, expect, it } from 'vitest';
import { convexHull } from './convexHull.ts';

describe('convexHull', () => {
  it('keeps the corners of a square and drops the inside and edge points', () => {
    const hull = convexHull([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(hull).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });

  it('returns one or two points as they are, without duplicates', () => {
    expect(convexHull([])).toEqual([]);
    expect(
      convexHull([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual([[1, 1]]);
    expect(
      convexHull([
        [3, 1],
        [1, 1],
      ]),
    ).toEqual([
      [1, 1],
      [3, 1],
    ]);
  });

  it('reduces collinear points to the two ends of the segment', () => {
    expect(
      convexHull([
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toEqual([
      [0, 0],
      [3, 3],
    ]);
  });

  it('goes counter-clockwise around a triangle', () => {
    expect(
      convexHull([
        [0, 2],
        [2, 0],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [2, 0],
      [0, 2],
    ]);
  });
});
