import { Card, Empty, Flex, Segmented, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEVELS,
  reliefPaths,
  type FamilyList,
  type Level,
  type Warning,
} from '../../api/relief.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useApiGet } from '../../components/rating/common.tsx';
import { useReliefYear, YearSelect } from '../../components/relief/common.tsx';
import { WarningCard } from '../../components/relief/WarningCard.tsx';

type Shown = 'open' | 'visited' | 'all';

/**
 * The township's warnings of the year (M6, MD3): the families to visit, most urgent first, each
 * with its visit form; the visited ones with what was found.
 */
export function TownshipWarnings() {
  const { t } = useTranslation();
  const [year, setYear] = useReliefYear();
  const [level, setLevel] = useState<Level | 'all'>('all');
  const [shown, setShown] = useState<Shown>('all');
  // The server answers with this worker's own township whatever is asked.
  const warnings = useApiGet<Warning[]>(reliefPaths.warnings(year));
  const families = useApiGet<FamilyList>(reliefPaths.families({ year, page: 1, pageSize: 200 }));
  const ids = useMemo(
    () => new Map((families.data?.items ?? []).map((f) => [f.id, f.headIdNumber])),
    [families.data],
  );
  const all = warnings.data ?? [];
  const count = (l: Level | 'all') => all.filter((w) => l === 'all' || w.level === l).length;
  const rows = all
    .filter((w) => level === 'all' || w.level === level)
    .filter((w) => shown === 'all' || (shown === 'visited') === (w.visit !== null))
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  const open = all.filter((w) => w.visit === null).length;

  return (
    <Card title={t('relief.township.title')} data-testid="township-warnings">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('relief.township.intro')}
        </Typography.Paragraph>
        <Flex wrap gap="small" align="center">
          <YearSelect year={year} onChange={setYear} />
          {warnings.data && (
            <Typography.Text data-testid="open-count">
              {t('relief.township.openCount', { open, total: all.length })}
            </Typography.Text>
          )}
        </Flex>
        <Flex
          wrap
          gap={6}
          role="group"
          aria-label={t('relief.family.warning')}
          data-testid="level-filter"
        >
          {(['all', ...LEVELS] as const).map((l) => (
            <Tag.CheckableTag
              key={l}
              checked={level === l}
              onChange={() => setLevel(l)}
              style={{ fontSize: 14, padding: '2px 10px' }}
            >
              {l === 'all' ? t('relief.township.allLevels') : t(`relief.level.${l}`)} {count(l)}
            </Tag.CheckableTag>
          ))}
        </Flex>
        <Segmented<Shown>
          value={shown}
          onChange={setShown}
          options={(['all', 'open', 'visited'] as const).map((s) => ({
            value: s,
            label: t(`relief.township.shown.${s}`),
          }))}
        />
        <ApiErrorAlert error={warnings.error ?? families.error} />
        {warnings.loading && !warnings.data && <Spin />}
        {warnings.data && rows.length === 0 && <Empty description={t('relief.township.none')} />}
        <Flex vertical gap="small" data-testid="warning-list">
          {rows.map((w) => (
            <WarningCard
              key={w.id}
              warning={w}
              idNumber={ids.get(w.familyId)}
              onVisited={warnings.reload}
            />
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}
