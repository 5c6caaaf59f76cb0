import { CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { PlanningVillage, UnionDraft } from '../../api/planningTypes.ts';
import { mapOption } from './mapOption.ts';

use([ScatterChart, CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface UnionMapProps {
  villages: readonly PlanningVillage[];
  unions: readonly UnionDraft[];
  selected: string | null;
  onSelect: (code: string) => void;
  tooltip: (code: string) => string;
  height?: number;
}

/** Villages as points on a plain lat/lng plane (no tiles), unions as convex hulls. */
export function UnionMap({
  villages,
  unions,
  selected,
  onSelect,
  tooltip,
  height = 520,
}: UnionMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const [size, setSize] = useState({ width: 0, height });
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.name === 'string' && /^\d{12}$/.test(params.name))
        select.current(params.name);
    });
    const observer = new ResizeObserver(() => {
      instance.resize();
      setSize({ width: node.clientWidth, height: node.clientHeight });
    });
    observer.observe(node);
    setSize({ width: node.clientWidth, height: node.clientHeight });
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!chart.current || size.width === 0) return;
    chart.current.setOption(
      mapOption({ villages, unions, selected, width: size.width, height: size.height, tooltip }),
      true,
    );
  }, [villages, unions, selected, size, tooltip]);

  return (
    <div
      ref={element}
      className="lingyan-union-map"
      style={{
        width: '100%',
        height,
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        background: '#fafafa',
      }}
    />
  );
}
