import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type DashboardRow } from '../../api/relief.ts';
import { EChart } from '../rating/EChart.tsx';

const LEVEL_COLORS = { relief_due: '#cf1322', uninsured: '#d4380d', watch: '#d48806' } as const;

/** Two small bar charts: the two rates against their targets (M2), and warnings by level (MD3). */
export function TargetsCharts({ rows }: { rows: DashboardRow[] }) {
  const { t } = useTranslation();
  const counties = rows.map((r) => r.county);
  // Percentages for drawing only; every figure shown as text comes from the server as written.
  const pct = (value: string | null) => (value === null ? null : Number(value));
  const rates = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null ? '—' : `${v} %`),
      },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 48 },
      xAxis: { type: 'category', data: counties, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: {
        type: 'value',
        min: (v: { min: number }) => Math.max(0, Math.floor(v.min - 2)),
        max: 100,
      },
      series: [
        {
          name: t('relief.dashboard.participation'),
          type: 'bar',
          data: rows.map((r) => pct(r.participation.value)),
          markLine: {
            symbol: 'none',
            label: { position: 'insideEndTop', formatter: `${t('relief.dashboard.target')} {c} %` },
            data: [{ yAxis: Number(rows[0]?.participation.target ?? '99.5') }],
          },
        },
        {
          name: t('relief.dashboard.monitoring'),
          type: 'bar',
          data: rows.map((r) => pct(r.monitoring.value)),
        },
      ],
    }),
    [rows, counties, t],
  );
  const warnings = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 48 },
      xAxis: { type: 'category', data: counties, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: LEVELS.map((level) => ({
        name: t(`relief.level.${level}`),
        type: 'bar',
        stack: 'warnings',
        itemStyle: { color: LEVEL_COLORS[level] },
        data: rows.map((r) => r.warnings[level]),
      })),
    }),
    [rows, counties, t],
  );
  return (
    <Row gutter={[16, 16]} data-testid="targets-charts">
      <Col xs={24} lg={12}>
        <EChart option={rates} height={260} />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={warnings} height={260} />
      </Col>
    </Row>
  );
}
