import { get, query } from './http';
import type { LatLon, Located, MapView, PlaceHit } from './views';

export type { LatLon, Located, MapView, PlaceHit };

/** Every unit's boundary, drawn as vectors (no tile server), and the tile layer an install may set. */
export const placesMap = () => get<MapView>('/api/places/map');
/** The grid the server files a report under for this point; 422 outside every grid. */
export const locate = (p: LatLon) => get<Located>(`/api/places/locate${query({ lat: p.lat, lon: p.lon })}`);
export const searchPlaces = (q: string) => get<PlaceHit[]>(`/api/places/search${query({ q })}`);
