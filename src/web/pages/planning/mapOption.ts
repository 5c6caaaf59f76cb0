import type {
  ComposeOption,
  CustomSeriesOption,
  CustomSeriesRenderItem,
  GridComponentOption,
  ScatterSeriesOption,
  TooltipComponentOption,
} from 'echarts';
import type { PlanningVillage, UnionDraft } from '../../api/planningTypes.ts';
import { convexHull } from './convexHull.ts';
import type { Point } from './convexHull.ts';

export type MapOption = ComposeOption<
  ScatterSeriesOption | CustomSeriesOption | GridComponentOption | TooltipComponentOption
>;

export const UNION_COLORS = [
  '#c8262c',
  '#1677ff',
  '#389e0d',
  '#d46b08',
  '#722ed1',
  '#08979c',
  '#c41d7f',
  '#7c6f00',
  '#0958d9',
  '#a8071a',
];
const GREY = '#8c8c8c';
/** A filled X: path symbols are filled, so the cross is drawn as a shape. */
const CROSS = 'path://M2,0 L5,3 L8,0 L10,2 L7,5 L10,8 L8,10 L5,7 L2,10 L0,8 L3,5 L0,2 Z';
const PAD = 24;

export interface MapInput {
  villages: readonly PlanningVillage[];
  unions: readonly UnionDraft[];
  selected: string | null;
  width: number;
  height: number;
  tooltip: (code: string) => string;
}

/** Equal aspect on a plain plane: x is longitude shrunk by cos(latitude), y is latitude. */
export function project(villages: readonly PlanningVillage[]): (v: PlanningVillage) => Point {
  const meanLat = villages.reduce((sum, v) => sum + v.lat, 0) / Math.max(villages.length, 1);
  const k = Math.cos((meanLat * Math.PI) / 180);
  return (v) => [v.lng * k, v.lat];
}

/** Axis ranges that keep one degree the same length on both axes in a width × height grid. */
export function equalAspectExtent(points: readonly Point[], width: number, height: number) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(x1 - x0, y1 - y0, 0.01) * 1.08;
  const perPixel = Math.max(
    span / Math.max(width - 2 * PAD, 1),
    span / Math.max(height - 2 * PAD, 1),
  );
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  [x0, x1] = [cx - (perPixel * width) / 2, cx + (perPixel * width) / 2];
  [y0, y1] = [cy - (perPixel * height) / 2, cy + (perPixel * height) / 2];
  return { x: [x0, x1] as const, y: [y0, y1] as const };
}

export function mapOption({
  villages,
  unions,
  selected,
  width,
  height,
  tooltip,
}: MapInput): MapOption {
  if (villages.length === 0) return {};
  const at = project(villages);
  const byCode = new Map(villages.map((v) => [v.code, v]));
  const points = villages.map(at);
  const extent = equalAspectExtent(points, width, height);
  const colorOf = new Map<string, string>();
  unions.forEach((u, i) =>
    u.members.forEach((m) => colorOf.set(m, UNION_COLORS[i % UNION_COLORS.length] ?? GREY)),
  );
  const leads = new Set(unions.map((u) => u.lead));

  const hulls = unions.map((u, i) => ({
    value: [i],
    hull: convexHull(
      u.members.flatMap((m) => {
        const v = byCode.get(m);
        return v ? [at(v)] : [];
      }),
    ),
  }));
  const renderHull: CustomSeriesRenderItem = (params, api) => {
    const hull = hulls[params.dataIndex]?.hull ?? [];
    const color = UNION_COLORS[params.dataIndex % UNION_COLORS.length] ?? GREY;
    const pixels = hull.map((p) => api.coord([p[0], p[1]]));
    if (pixels.length === 0) return null;
    if (pixels.length < 3)
      return {
        type: 'polyline',
        shape: { points: pixels },
        style: { stroke: color, lineWidth: 10, opacity: 0.25 },
      };
    return {
      type: 'polygon',
      shape: { points: pixels },
      style: { fill: color, opacity: 0.18, stroke: color, lineWidth: 1.5 },
    };
  };

  const member = villages.filter((v) => colorOf.has(v.code));
  const outside = villages.filter((v) => !colorOf.has(v.code));
  const item = (v: PlanningVillage) => {
    const isSelected = v.code === selected;
    return {
      name: v.code,
      value: [...at(v)],
      symbol: leads.has(v.code) ? 'diamond' : 'circle',
      symbolSize: (leads.has(v.code) ? 14 : 9) + (isSelected ? 8 : 0),
      itemStyle: {
        color: colorOf.get(v.code) ?? GREY,
        borderColor: isSelected ? '#000' : '#fff',
        borderWidth: isSelected ? 2 : 1,
      },
      label: {
        show: leads.has(v.code) || isSelected,
        formatter: v.name,
        position: 'top' as const,
        fontSize: 11,
        color: '#262626',
      },
    };
  };

  return {
    animation: false,
    grid: { left: PAD, right: PAD, top: PAD, bottom: PAD },
    xAxis: { type: 'value', min: extent.x[0], max: extent.x[1], show: false },
    yAxis: { type: 'value', min: extent.y[0], max: extent.y[1], show: false },
    tooltip: { trigger: 'item', formatter: (params: unknown) => tooltip(codeOf(params)) },
    series: [
      {
        type: 'custom',
        name: 'hulls',
        renderItem: renderHull,
        data: hulls.map((h) => h.value),
        silent: true,
        z: 1,
      },
      { type: 'scatter', name: 'members', data: member.map(item), z: 3 },
      {
        type: 'scatter',
        name: 'unassigned',
        data: outside.map((v) => ({
          ...item(v),
          symbol: CROSS,
          symbolSize: v.code === selected ? 16 : 11,
          itemStyle: { color: v.code === selected ? '#000' : GREY },
        })),
        z: 2,
      },
    ],
  };
}

function codeOf(params: unknown): string {
  return typeof params === 'object' &&
    params !== null &&
    'name' in params &&
    typeof params.name === 'string'
    ? params.name
    : '';
}
