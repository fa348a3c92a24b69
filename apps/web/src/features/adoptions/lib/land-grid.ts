/**
 * A tile-grid cartogram of the 16 Länder: one equal tile per Land, placed roughly where it lies (north at
 * the top). Row and column from 1, for CSS grid.
 */
export const LAND_TILES: Record<string, { row: number; col: number }> = {
  SH: { row: 1, col: 3 },
  HB: { row: 2, col: 2 },
  HH: { row: 2, col: 3 },
  MV: { row: 2, col: 4 },
  NW: { row: 3, col: 1 },
  NI: { row: 3, col: 2 },
  ST: { row: 3, col: 3 },
  BE: { row: 3, col: 4 },
  BB: { row: 3, col: 5 },
  RP: { row: 4, col: 1 },
  HE: { row: 4, col: 2 },
  TH: { row: 4, col: 3 },
  SN: { row: 4, col: 4 },
  SL: { row: 5, col: 1 },
  BW: { row: 5, col: 2 },
  BY: { row: 5, col: 3 },
};

/** Shade of a tile, 0 (no Kommune uses it) to 3 (the most of all Länder on this map). */
export function adoptionLevel(uses: number, max: number): 0 | 1 | 2 | 3 {
  if (uses <= 0 || max <= 0) return 0;
  const share = uses / max;
  return share > 2 / 3 ? 3 : share > 1 / 3 ? 2 : 1;
}
