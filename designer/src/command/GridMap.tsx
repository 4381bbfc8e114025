import { Tooltip } from 'antd';
import type { GridFigures } from '../api/commandTypes';
import { commandMessages as m } from '../messages';
import { byCommunity, gridColour, GridSteps, projectShapes, type GridShape } from './model/gridColours';

interface Props {
  grids: GridFigures[];
  /** Grid boundaries (the workspace issue's); without them the grids are drawn as tiles per community. */
  shapes?: GridShape[];
  dark?: boolean;
  height: number;
  /** Tile size in pixels (the hall's screen is read from across the room). */
  tile?: number;
}

/** The grids of the viewer's place coloured by their cases; an open overdue or red case marks a grid with a red ring. */
export function GridMap({ grids, shapes, dark, height, tile = 14 }: Props) {
  const max = Math.max(0, ...grids.map((g) => g.reported));
  const text = dark ? '#cfe3ff' : '#333';
  const title = (g: GridFigures) => m.gridTitle(g.name, g.reported, g.open, g.overdueOpen);
  const marked = (g: GridFigures) => g.overdueOpen > 0 || g.redOpen > 0;
  return (
    <div style={{ height, display: 'flex', flexDirection: 'column' }} data-testid="grid-map">
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {shapes && shapes.length > 0 ? <Shapes grids={grids} shapes={shapes} max={max} height={height - 28} title={title} marked={marked} />
          : (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: Math.round(tile / 2), alignContent: 'flex-start' }}>
              {byCommunity(grids).map((c) => (
                <div key={c.code} style={{ display: 'flex', alignItems: 'center', gap: Math.round(tile / 4), padding: '2px 4px', border: `1px solid ${dark ? 'rgba(74,111,165,0.4)' : '#e5e5e5'}`, borderRadius: 4 }}>
                  <span style={{ color: text, fontSize: Math.max(11, Math.round(tile * 0.6)), maxWidth: tile * 4, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{c.name}</span>
                  {c.grids.map((g) => (
                    <Tooltip key={g.code} title={title(g)}>
                      <span data-testid={`grid-${g.code}`} data-reported={g.reported} style={{
                        width: tile, height: tile, borderRadius: 2, display: 'inline-block', background: gridColour(g.reported, max),
                        boxShadow: marked(g) ? '0 0 0 2px #ff4d4f' : undefined,
                      }} />
                    </Tooltip>
                  ))}
                </div>
              ))}
            </div>
          )}
      </div>
      <div style={{ display: 'flex', gap: 10, alignItems: 'center', fontSize: 12, color: text, height: 24 }}>
        {GridSteps.map((colour, i) => (
          <span key={colour} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span style={{ width: 12, height: 12, background: colour, display: 'inline-block', borderRadius: 2 }} />{m.gridLegend[i]}
          </span>
        ))}
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <span style={{ width: 10, height: 10, boxShadow: '0 0 0 2px #ff4d4f', display: 'inline-block', borderRadius: 2 }} />{m.gridMarked}
        </span>
      </div>
    </div>
  );
}

function Shapes({ grids, shapes, max, height, title, marked }: { grids: GridFigures[]; shapes: GridShape[]; max: number; height: number;
  title: (g: GridFigures) => string; marked: (g: GridFigures) => boolean }) {
  const byCode = new Map(grids.map((g) => [g.code, g]));
  return (
    <svg viewBox={`0 0 1000 ${height}`} width="100%" height={height}>
      {projectShapes(shapes, 1000, height).map((p) => {
        const g = byCode.get(p.code);
        return (
          <path key={p.code} d={p.path} fill={gridColour(g?.reported ?? 0, max)} stroke={g && marked(g) ? '#ff4d4f' : '#0b2447'} strokeWidth={g && marked(g) ? 3 : 1}>
            {g && <title>{title(g)}</title>}
          </path>
        );
      })}
    </svg>
  );
}
