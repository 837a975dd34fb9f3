import './water.css';
import { Typography } from 'antd';
import { formatYuan, isLarge, wanForReading } from './money.ts';

/** An amount in 元 with separators; a large one also in 万元 below it. */
export function Money({
  value,
  strong,
  inline,
  testId,
}: {
  value: string | null | undefined;
  strong?: boolean;
  inline?: boolean;
  testId?: string;
}) {
  if (value === null || value === undefined || value === '') return <span>—</span>;
  const yuan = formatYuan(value);
  const wan = isLarge(value) ? `${wanForReading(value)} 万元` : null;
  return (
    <span className="water-money" data-testid={testId} data-value={value}>
      <Typography.Text strong={strong} style={{ whiteSpace: 'nowrap' }}>
        {yuan}
      </Typography.Text>
      {wan && (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, whiteSpace: 'nowrap', display: inline ? 'inline' : 'block' }}
        >
          {inline ? ` （${wan}）` : wan}
        </Typography.Text>
      )}
    </span>
  );
}
