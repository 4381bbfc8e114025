import type { PathOptions } from 'leaflet';

/** How each level is drawn: the city and counties as bold outlines, streets dashed, grids thin and fillable. */
export function boundaryStyle(level: string | undefined, chosen: boolean): PathOptions {
  switch (level) {
    case 'city': return { color: '#1d39c4', weight: 3, fill: true, fillColor: '#f0f5ff', fillOpacity: 1, interactive: false };
    case 'county': return { color: '#2f54eb', weight: 2.5, fill: false, interactive: false };
    case 'street': return { color: '#597ef7', weight: 1.5, dashArray: '6 4', fill: false, interactive: false };
    case 'community': return { color: '#85a5ff', weight: 1, fill: false, interactive: false };
    default: return { color: '#adc6ff', weight: 0.8, fill: true, fillColor: chosen ? '#fa8c16' : '#ffffff', fillOpacity: chosen ? 0.45 : 0.01 };
  }
}
