import type { EChartsCoreOption } from 'echarts/core';

/** Target-progress gauges side by side (values in percent; null shows as 0 with "—"). */
export function gaugesOption(items: { name: string; value: number | null }[]): EChartsCoreOption {
  const width = 100 / Math.max(items.length, 1);
  return {
    series: items.map((item, i) => ({
      type: 'gauge',
      name: item.name,
      center: [`${width * i + width / 2}%`, '58%'],
      radius: '42%',
      min: 0,
      max: 100,
      progress: { show: true, width: 10 },
      axisLine: { lineStyle: { width: 10 } },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      pointer: { show: false },
      title: { offsetCenter: [0, '70%'], fontSize: 13 },
      detail: {
        valueAnimation: false,
        offsetCenter: [0, '10%'],
        fontSize: 18,
        formatter: () => (item.value === null ? '—' : `${item.value}%`),
      },
      data: [{ name: item.name, value: item.value ?? 0 }],
    })),
  };
}

/** Monthly lines (the months on the x axis, one line per measure). */
export function trendOption(
  months: string[],
  lines: { name: string; values: number[] }[],
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: lines.map((l) => ({ type: 'line', name: l.name, data: l.values, smooth: true })),
  };
}
