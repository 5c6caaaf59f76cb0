import { init } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

/**
 * An ECharts canvas over the element the returned ref is given, kept at the element's size, whose
 * clicks on a region (a series item named by its 12-digit code) call `onSelect`. The caller
 * registers the chart types it draws (`use([...])`) and sets the option when `size` changes.
 */
export function useRegionChart(height: number, onSelect: (code: string) => void) {
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

  return { element, chart, size };
}
