import { describe, expect, it } from 'vitest';
import { adoptionLevel, LAND_TILES } from './land-grid';

describe('tile grid of the Länder', () => {
  it('places all 16 Länder on distinct tiles', () => {
    const codes = Object.keys(LAND_TILES);
    expect(codes).toHaveLength(16);
    const cells = new Set(Object.values(LAND_TILES).map((t) => `${t.row}/${t.col}`));
    expect(cells.size).toBe(16);
  });

  it('shades by the share of the highest count', () => {
    expect(adoptionLevel(0, 5)).toBe(0);
    expect(adoptionLevel(1, 0)).toBe(0);
    expect(adoptionLevel(1, 6)).toBe(1);
    expect(adoptionLevel(3, 6)).toBe(2);
    expect(adoptionLevel(6, 6)).toBe(3);
  });
});
