import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { route } from '../api/definitions';
import { ApiError } from '../api/http';
import type { RouteView } from '../api/views';
import { messages as m } from '../messages';

/** What the case's routing asks: the item as the operator now classifies it, where it was reported, how and how urgent. */
export interface RouteQuery { item: string; grid: string; channel?: string; urgency?: string }

/**
 * Where the routes will send the case, in words the server writes (the unit, the rule and why); refreshed as the
 * operator reclassifies it. A chosen target below overrides it, and the preview says so.
 */
export function RoutePreview({ query, overridden }: { query: RouteQuery; overridden: boolean }) {
  const [found, setFound] = useState<{ key: string; view?: RouteView; failure?: string }>();
  const key = `${query.item}|${query.grid}|${query.channel ?? ''}|${query.urgency ?? ''}`;
  useEffect(() => {
    let live = true;
    route(query.item, query.grid, query.channel, query.urgency).then(
      (view) => live && setFound({ key, view }),
      (e) => live && setFound({ key, failure: e instanceof ApiError ? e.detail : String(e) }));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (found?.key !== key) return <Alert type="info" title={m.routeLoading} style={{ marginBottom: 12 }} data-testid="route-preview" />;
  if (found.failure) return <Alert type="warning" showIcon title={m.routeFailed + found.failure} style={{ marginBottom: 12 }} data-testid="route-preview" />;
  return (
    <Alert type="info" showIcon style={{ marginBottom: 12, opacity: overridden ? 0.6 : 1 }} data-testid="route-preview"
      title={<span><b>{m.routePreview}：{found.view!.handler}</b>{overridden && `（${m.routeOverridden}）`}</span>}
      description={found.view!.explanation} />
  );
}
