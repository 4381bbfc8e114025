import type { GridFigures } from '../../api/commandTypes';

/** Five steps from calm to busy; the map and its legend share them. */
export const GridSteps = ['#1b3a6b', '#1f6fb2', '#2fa5c9', '#f0b429', '#e8590c'] as const;

/**
 * The colour of a grid by its cases in the period, relative to the busiest grid shown (so a quiet county still shows
 * where it is busiest); a grid with an open red warning or overdue case is marked apart by the caller.
 */
export function gridColour(reported: number, max: number): string {
  if (reported <= 0 || max <= 0) return GridSteps[0];
  const step = Math.min(GridSteps.length - 1, 1 + Math.floor(((reported - 1) / Math.max(1, max)) * (GridSteps.length - 1)));
  return GridSteps[step];
}

/** Grids grouped by community, in code order, for the plain tile map used until grid boundaries are available. */
export function byCommunity(grids: GridFigures[]): { code: string; name: string; grids: GridFigures[] }[] {
  const groups = new Map<string, { code: string; name: string; grids: GridFigures[] }>();
  for (const g of [...grids].sort((a, b) => a.code.localeCompare(b.code))) {
    const group = groups.get(g.communityCode) ?? { code: g.communityCode, name: g.communityName, grids: [] };
    group.grids.push(g);
    groups.set(g.communityCode, group);
  }
  return [...groups.values()];
}

/** A polygon of a grid as [longitude, latitude] rings (GeoJSON order), when the workspace issue's boundaries are plugged in. */
export type GridShape = { code: string; rings: [number, number][][] };

/** Projects shapes into an SVG box (equirectangular; cities are small enough), returning one path per grid. */
export function projectShapes(shapes: GridShape[], width: number, height: number): { code: string; path: string }[] {
  const points = shapes.flatMap((s) => s.rings.flat());
  if (points.length === 0) return [];
  const [minX, maxX] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  const scale = Math.min(width / (maxX - minX || 1), height / (maxY - minY || 1));
  const at = ([x, y]: [number, number]) => `${((x - minX) * scale).toFixed(1)},${(height - (y - minY) * scale).toFixed(1)}`;
  return shapes.map((s) => ({ code: s.code, path: s.rings.map((r) => `M${r.map(at).join('L')}Z`).join('') }));
}
