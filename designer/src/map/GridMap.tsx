import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { LatLon, MapView } from '../api/places';
import { messages as m } from '../messages';
import { boundaryStyle } from './boundaryStyle';

interface Props {
  view: MapView; point?: LatLon; grid?: string; focus?: { centre: LatLon; zoom: number }; height: number;
  onPick: (p: LatLon) => void;
}

/**
 * The city's org units drawn as vectors from the server's GeoJSON, grids thin and streets bold, with no tile server
 * (a real install may set one). A tap or click marks the point; the chosen grid is filled.
 */
export function GridMap({ view, point, grid, focus, height, onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.GeoJSON | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const m0 = L.map(box.current!, { zoomSnap: 0.25, attributionControl: !!view.tiles, preferCanvas: false });
    if (view.tiles) L.tileLayer(view.tiles.url, { attribution: view.tiles.attribution ?? '', maxZoom: view.tiles.maxZoom }).addTo(m0);
    const features = [...view.features].sort((a, b) => levelOrder(a.properties.level) - levelOrder(b.properties.level));
    layer.current = L.geoJSON({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, {
      style: (f) => boundaryStyle(f?.properties?.level, false),
      onEachFeature: (f, l) => { if (f.properties.level === 'grid') l.bindTooltip(f.properties.name, { sticky: true, direction: 'top' }); },
    }).addTo(m0);
    m0.fitBounds(layer.current.getBounds(), { padding: [8, 8] });
    m0.on('click', (e: L.LeafletMouseEvent) => pick.current({ lat: round(e.latlng.lat), lon: round(e.latlng.lng) }));
    // Marked while the map moves, so a test (or an assistive tool) can wait for it to settle before tapping.
    m0.on('movestart', () => box.current?.setAttribute('data-moving', ''));
    m0.on('moveend', () => box.current?.removeAttribute('data-moving'));
    map.current = m0;
    return () => { m0.remove(); map.current = null; };
  }, [view]);

  useEffect(() => {
    layer.current?.eachLayer((l) => {
      const f = (l as L.Polygon).feature as GeoJSON.Feature | undefined;
      if (f?.properties?.level === 'grid') (l as L.Polygon).setStyle(boundaryStyle('grid', f.properties.code === grid));
    });
  }, [grid, view]);

  useEffect(() => {
    const m0 = map.current;
    if (!m0) return;
    marker.current?.remove();
    marker.current = point ? L.circleMarker([point.lat, point.lon], { radius: 8, color: '#fff', weight: 3, fillColor: '#cf1322', fillOpacity: 1 }).addTo(m0) : null;
  }, [point, view]);

  useEffect(() => {
    if (focus) map.current?.flyTo([focus.centre.lat, focus.centre.lon], focus.zoom, { duration: 0.4 });
  }, [focus]);

  return <div ref={box} className="gov-map" style={{ height }} role="application" aria-label={m.mapLabel} data-testid="grid-map" />;
}

const levels = ['city', 'county', 'street', 'community', 'grid'];
// Big units first, so the grids are on top and take the clicks (their tooltip names the grid).
const levelOrder = (level: string) => levels.indexOf(level);
const round = (d: number) => Math.round(d * 1e6) / 1e6;
