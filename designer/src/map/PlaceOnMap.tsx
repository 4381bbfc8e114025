import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../api/http';
import { locate, searchPlaces, type LatLon, type Located, type PlaceHit } from '../api/places';
import { messages as m } from '../messages';
import { GridMap } from './GridMap';
import { useMapView } from './useMapView';

/** The point a report is made at and, once the server has answered, the grid it lies in (or why it lies in none). */
export interface PlaceValue { point: LatLon; located?: Located; error?: string }

interface Props { value?: PlaceValue; onChange?: (v: PlaceValue | undefined) => void; height?: number }

const zoomOf: Record<string, number> = { county: 10.5, street: 11.5, community: 12.5, grid: 13.5 };

/**
 * Where the problem is: a tap on the map of the city's grids, "use my location", or a place name that moves the
 * map. The grid is the server's answer for the point; the person reporting never picks one.
 */
export function PlaceOnMap({ value, onChange, height = 280 }: Props) {
  const { view, error } = useMapView();
  const [focus, setFocus] = useState<{ centre: LatLon; zoom: number }>();
  const [hits, setHits] = useState<PlaceHit[]>([]);
  const [busy, setBusy] = useState<'gps' | 'locate'>();
  const [gpsError, setGpsError] = useState<string>();
  const asked = useRef(0);

  const pick = async (point: LatLon) => {
    const ticket = ++asked.current;
    setGpsError(undefined);
    onChange?.({ point });
    setBusy('locate');
    try {
      const located = await locate(point);
      if (ticket === asked.current) onChange?.({ point, located });
    } catch (e) {
      if (ticket === asked.current) onChange?.({ point, error: e instanceof ApiError ? e.detail : String(e) });
    } finally {
      if (ticket === asked.current) setBusy(undefined);
    }
  };

  const myLocation = () => {
    if (!navigator.geolocation) { setGpsError(m.locationUnsupported); return; }
    setBusy('gps');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const point = { lat: p.coords.latitude, lon: p.coords.longitude };
        setFocus({ centre: point, zoom: 15 });
        void pick(point);
      },
      () => { setBusy(undefined); setGpsError(m.locationDenied); },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
  };

  const search = (q: string) => {
    if (!q.trim()) { setHits([]); return; }
    searchPlaces(q.trim()).then(setHits, () => setHits([]));
  };

  if (error !== undefined) return <Alert type="error" showIcon title={m.mapFailed + (error instanceof ApiError ? error.detail : String(error))} />;
  if (!view) return <div className="gov-map gov-map-loading" style={{ height }}><Spin /> {m.mapLoading}</div>;
  return (
    <div data-testid="place-on-map">
      <Space.Compact block style={{ marginBottom: 8 }}>
        <Select showSearch={{ filterOption: false, onSearch: search }} placeholder={m.placeSearch} aria-label={m.placeSearch}
          data-testid="place-search" style={{ flex: 1, minWidth: 0 }} value={null} suffixIcon={<EnvironmentOutlined />}
          options={hits.map((h) => ({ value: h.code, label: h.place }))} notFoundContent={null}
          onChange={(code: string) => {
            const hit = hits.find((h) => h.code === code);
            if (!hit) return;
            setFocus({ centre: hit.centroid, zoom: zoomOf[hit.level] ?? 13 });
            // A grid found by name is a place already: mark its middle; a tap moves the mark.
            if (hit.level === 'grid') void pick(hit.centroid);
          }} />
        <Button icon={<AimOutlined />} onClick={myLocation} loading={busy === 'gps'} data-testid="my-location">{m.myLocation}</Button>
      </Space.Compact>
      <GridMap view={view} point={value?.point} grid={value?.located?.grid} focus={focus} height={height} onPick={(p) => void pick(p)} />
      <div style={{ marginTop: 6, minHeight: 22 }} aria-live="polite">
        {busy === 'locate' && <Typography.Text type="secondary">{m.locatingGrid}</Typography.Text>}
        {!busy && value?.located && <Typography.Text strong data-testid="located-grid">{m.locatedGrid(value.located.place)}</Typography.Text>}
        {!busy && value?.error && <Typography.Text type="danger" data-testid="located-error">{value.error}</Typography.Text>}
        {gpsError && <Typography.Text type="warning">{gpsError}</Typography.Text>}
        {!busy && !value && !gpsError && <Typography.Text type="secondary">{m.placeHint}</Typography.Text>}
      </div>
    </div>
  );
}
