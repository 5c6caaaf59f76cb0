import type {
  ComposeOption,
  CustomSeriesOption,
  CustomSeriesRenderItem,
  GridComponentOption,
  ScatterSeriesOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts';
import { outlineOf, voronoiCells, type Point } from '../../../domain/insights/voronoi.ts';
import type { InsightPlace } from '../../api/insightEndpoints.ts';
import { equalAspectExtent } from '../planning/mapOption.ts';

export type InsightMapOption = ComposeOption<
  | ScatterSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export interface InsightMapInput {
  /** Villages with coordinates, each with the value of the chosen indicator. */
  villages: readonly (InsightPlace & { lat: number; lng: number })[];
  /** The area each village's cell belongs to (its township at county level, itself below). */
  areaOf: (village: InsightPlace) => string;
  /** The indicator's value per area code and per village code. */
  valueOf: (code: string) => number | null;
  nameOf: (code: string) => string;
  width: number;
  height: number;
}

const PALETTE = ['#fde9d9', '#f7b591', '#ef7d58', '#d9412b', '#a50f15'];

/** Township areas from the villages' Voronoi cells, coloured by indicator; village points on top. */
export function insightMapOption(input: InsightMapInput): InsightMapOption {
  const { villages, areaOf, valueOf, nameOf, width, height } = input;
  if (villages.length === 0) return {};
  const meanLat = villages.reduce((s, v) => s + v.lat, 0) / villages.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const sites: Point[] = villages.map((v) => [v.lng * k, v.lat]);
  const cells = voronoiCells(sites, outlineOf(sites));
  const extent = equalAspectExtent(sites, width, height);
  const values = villages.map((v) => valueOf(areaOf(v)) ?? 0);
  const max = Math.max(...values, 1);

  const centres = new Map<string, { x: number; y: number; n: number }>();
  villages.forEach((v, i) => {
    const c = centres.get(areaOf(v)) ?? { x: 0, y: 0, n: 0 };
    centres.set(areaOf(v), { x: c.x + sites[i]![0], y: c.y + sites[i]![1], n: c.n + 1 });
  });

  const renderCell: CustomSeriesRenderItem = (params, api) => {
    const cell = cells[params.dataIndex] ?? [];
    if (cell.length < 3) return null;
    return {
      type: 'polygon',
      shape: { points: cell.map((p) => api.coord([p[0], p[1]])) },
      style: { fill: api.visual('color') as string, stroke: '#ffffff', lineWidth: 0.6 },
    };
  };

  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 8 },
    xAxis: { type: 'value', min: extent.x[0], max: extent.x[1], show: false },
    yAxis: { type: 'value', min: extent.y[0], max: extent.y[1], show: false },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      dimension: 2,
      seriesIndex: 0,
      inRange: { color: PALETTE },
      calculable: false,
      left: 8,
      bottom: 8,
      itemHeight: 90,
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const code = (p as { name?: string }).name ?? '';
        const value = valueOf(code);
        return `${nameOf(code)}：${value ?? '—'}`;
      },
    },
    series: [
      {
        type: 'custom',
        name: 'areas',
        renderItem: renderCell,
        data: villages.map((v, i) => ({
          name: areaOf(v),
          value: [sites[i]![0], sites[i]![1], values[i] ?? 0],
        })),
        z: 1,
      },
      {
        type: 'scatter',
        name: 'villages',
        symbolSize: 6,
        itemStyle: { color: '#1f1f1f', borderColor: '#fff', borderWidth: 1 },
        data: villages.map((v, i) => ({ name: v.code, value: [sites[i]![0], sites[i]![1]] })),
        z: 3,
      },
      {
        type: 'scatter',
        name: 'labels',
        symbolSize: 1,
        silent: true,
        label: { show: true, formatter: '{b}', color: '#141414', fontSize: 13, fontWeight: 'bold' },
        data: [...centres].map(([code, c]) => ({
          name: nameOf(code),
          value: [c.x / c.n, c.y / c.n],
        })),
        z: 4,
      },
    ],
  };
}
