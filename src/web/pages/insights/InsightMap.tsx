import { CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { insightMapOption, type InsightMapInput } from './mapOption.ts';

use([
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

type Props = Omit<InsightMapInput, 'width' | 'height'> & {
  onSelect: (code: string) => void;
  height: number;
};

/** The county map: clicking an area or a village point opens that region's view. */
export function InsightMap({ onSelect, height, ...input }: Props) {
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

  const { villages, areaOf, valueOf, nameOf } = input;
  useEffect(() => {
    if (!chart.current || size.width === 0) return;
    chart.current.setOption(
      insightMapOption({
        villages,
        areaOf,
        valueOf,
        nameOf,
        width: size.width,
        height: size.height,
      }),
      true,
    );
  }, [villages, areaOf, valueOf, nameOf, size]);

  return <div ref={element} className="lingyan-insight-map" style={{ width: '100%', height }} />;
}
