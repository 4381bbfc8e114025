import { get, query } from './http';

/** A GeoJSON Polygon or MultiPolygon in [lon, lat]. */
export interface PlaceGeometry { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] }
export interface PlaceFeature {
  type: 'Feature'; properties: { code: string; name: string; level: string; parent: string | null }; geometry: PlaceGeometry;
}
export interface LatLon { lat: number; lon: number }
export interface MapView {
  city: string; cityName: string; centre: LatLon | null; tiles: { url: string; attribution: string | null; maxZoom: number } | null;
  features: PlaceFeature[];
}
export interface Located { grid: string; gridName: string; place: string; path: { code: string; name: string; level: string }[] }
export interface PlaceHit { code: string; name: string; level: string; place: string; centroid: LatLon }

/** Every unit's boundary, drawn as vectors (no tile server), and the tile layer an install may set. */
export const placesMap = () => get<MapView>('/api/places/map');
/** The grid the server files a report under for this point; 422 outside every grid. */
export const locate = (p: LatLon) => get<Located>(`/api/places/locate${query({ lat: p.lat, lon: p.lon })}`);
export const searchPlaces = (q: string) => get<PlaceHit[]>(`/api/places/search${query({ q })}`);
