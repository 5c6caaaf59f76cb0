import { init } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

/**
 * An ECharts canvas over the element the returned ref is given, kept at the element's size, whose
 * clicks on a named item (a month, a gauge, a region's code) call `onClick` with the name. The
 * caller registers the chart types it draws (`use([...])`) and sets the option.
 */
export function useEChart(height: number, onClick?: (name: string) => void) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const [size, setSize] = useState({ width: 0, height });
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.name === 'string') click.current?.(params.name);
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
