import { Card, Col, Row } from 'antd';
import { EChart } from './EChart.tsx';
import { useTranslation } from 'react-i18next';
import type { ScoreBreakdown } from './method.ts';
import type { RunResult } from './types.ts';

const STAR_COLORS = ['#8c8c8c', '#91caff', '#4096ff', '#1677ff', '#0958d9', '#c41d7f'];

/** Stars by county, the distribution of totals, and two indicator scores against each other. */
export function RatingCharts({
  results,
  scores,
}: {
  results: RunResult[];
  scores: Map<string, ScoreBreakdown>;
}) {
  const { t } = useTranslation();
  const counties = [...new Set(results.map((r) => r.county))].sort();
  const starLevels = [...new Set(results.map((r) => r.stars))].sort((a, b) => b - a);
  const byCounty = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, bottom: 60, top: 36 },
    xAxis: { type: 'category', data: counties, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: t('rating.charts.count'), minInterval: 1 },
    series: starLevels.map((n) => ({
      name: t('rating.charts.starsN', { n }),
      type: 'bar',
      stack: 'stars',
      itemStyle: { color: STAR_COLORS[n] },
      data: counties.map((c) => results.filter((r) => r.county === c && r.stars === n).length),
    })),
  };
  const totals = results.map((r) => Number(r.totalFixed));
  const low = Math.floor(Math.min(...totals, 0) / 10) * 10;
  const high = Math.ceil(Math.max(...totals, 10) / 10) * 10;
  const bins: { label: string; count: number }[] = [];
  for (let from = low; from < high; from += 10) {
    bins.push({
      label: `${from}-${from + 10}`,
      count: totals.filter(
        (v) => v >= from && (v < from + 10 || (from + 10 === high && v === high)),
      ).length,
    });
  }
  const distribution = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, bottom: 40, top: 24 },
    xAxis: { type: 'category', data: bins.map((b) => b.label) },
    yAxis: { type: 'value', name: t('rating.charts.count'), minInterval: 1 },
    series: [{ type: 'bar', data: bins.map((b) => b.count), itemStyle: { color: '#1677ff' } }],
  };
  const scatter = {
    tooltip: {
      formatter: (p: { data: [number, number, string] }) =>
        `${p.data[2]}<br/>${p.data[0]} / ${p.data[1]}`,
    },
    grid: { left: 48, right: 16, bottom: 48, top: 24 },
    xAxis: {
      type: 'value',
      name: t('rating.table.scores.revenue_2y'),
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'value', name: t('rating.table.scores.contribution_2y') },
    series: [
      {
        type: 'scatter',
        symbolSize: 10,
        itemStyle: { color: '#c41d7f' },
        data: results.flatMap((r) => {
          const b = scores.get(r.uscc);
          return b
            ? [
                [
                  Number(b.scores.revenue_2y.toDecimal(2)),
                  Number(b.scores.contribution_2y.toDecimal(2)),
                  r.name,
                ],
              ]
            : [];
        }),
      },
    ],
  };
  const chart = (title: string, option: object, id: string) => (
    <Card size="small" title={title} data-testid={id}>
      <EChart option={option} />
    </Card>
  );
  return (
    <Row gutter={[16, 16]} data-testid="rating-charts">
      <Col xs={24} xl={12}>
        {chart(t('rating.charts.starsByCounty'), byCounty, 'chart-county')}
      </Col>
      <Col xs={24} xl={12}>
        {chart(t('rating.charts.distribution'), distribution, 'chart-distribution')}
      </Col>
      <Col xs={24}>{chart(t('rating.charts.scatter'), scatter, 'chart-scatter')}</Col>
    </Row>
  );
}
