import type { EChartsCoreOption } from 'echarts/core';

const TRACK = '#e8ecf3';
const MARK = '#cf1322';

/**
 * One target-progress gauge: the measured percentage as the progress arc, the target as a red
 * notch on the track (drawn wider than the arc so it shows where the arc passes it), the figure
 * green when it reaches the target, orange below it, blue when no target is configured.
 */
export function targetGaugeOption(item: {
  name: string;
  value: number | null;
  target: number | null;
}): EChartsCoreOption {
  const { value, target } = item;
  const at = target === null ? null : Math.min(Math.max(target, 0), 100) / 100;
  const color =
    value === null || target === null ? '#1677ff' : value >= target ? '#389e0d' : '#d46b08';
  return {
    series: [
      {
        type: 'gauge',
        name: item.name,
        center: ['50%', '60%'],
        radius: '88%',
        min: 0,
        max: 100,
        progress: { show: true, width: 10, itemStyle: { color } },
        axisLine: {
          lineStyle: {
            width: 16,
            color:
              at === null
                ? [[1, TRACK]]
                : [
                    [Math.max(at - 0.006, 0), TRACK],
                    [Math.min(at + 0.006, 1), MARK],
                    [1, TRACK],
                  ],
          },
        },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '0%'],
          fontSize: 20,
          color,
          formatter: () => (value === null ? '—' : `${value}%`),
        },
        data: [{ name: item.name, value: value ?? 0 }],
      },
    ],
  };
}

/**
 * Monthly lines (the months on the x axis, one line per measure); counts have whole-number ticks,
 * amounts (`minInterval` 0) any.
 */
export function trendOption(
  months: string[],
  lines: { name: string; values: number[] }[],
  minInterval = 1,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
    yAxis: { type: 'value', minInterval },
    series: lines.map((l) => ({ type: 'line', name: l.name, data: l.values, smooth: true })),
  };
}
