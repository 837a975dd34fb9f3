import type { ECharts, EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

/**
 * One ECharts chart, sized to its box; echarts is loaded on first use (it is large).
 * (echarts-for-react would do, but its `tslib` is not installed at the top of node_modules, so
 * the web build cannot bundle it.)
 */
export function EChart({ option, height = 300 }: { option: object; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('echarts').then((echarts) => {
      if (disposed || !box.current) return;
      const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
      chart.current = instance;
      instance.setOption(latest.current as EChartsOption, { notMerge: true });
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option as EChartsOption, { notMerge: true });
  }, [option]);
  return <div ref={box} style={{ width: '100%', height }} data-testid="echart" />;
}
