import { CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useRegionChart } from '../../components/useRegionChart.ts';
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
  const { element, chart, size } = useRegionChart(height, onSelect);

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
