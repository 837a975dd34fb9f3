import { SaveOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { waterApi, type FigureEntry, type WaterField, type WaterYear } from '../../api/water.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useLang } from '../rating/common.tsx';
import { checkFigure, issueIndex } from './figure-check.ts';

const keyOf = (county: string, field: string) => `${county}|${field}`;

/**
 * The receivers × the office's own fields, typed in place: each cell is checked as it is typed,
 * and what the server refuses is shown on the cell it names. Saving sends every changed cell at
 * once; the server takes all or none.
 */
export function FiguresGrid({
  year,
  fields,
  onSaved,
}: {
  year: WaterYear;
  fields: WaterField[];
  onSaved: (year: WaterYear) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const saved = useMemo(() => {
    const map = new Map<string, { value: string | null; late: boolean }>();
    for (const f of year.figures) map.set(keyOf(f.county, f.field), f);
    return map;
  }, [year]);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const editable = new Set(year.editableFields);
  const open = year.state === 'collecting';

  const valueOf = (key: string) => draft[key] ?? saved.get(key)?.value ?? '';
  const problemOf = (key: string, field: WaterField) =>
    checkFigure(valueOf(key), field, t as TFunction) ?? serverErrors[key];

  const changed: FigureEntry[] = [];
  let invalid = 0;
  for (const county of year.receivers) {
    for (const field of fields) {
      if (!editable.has(field.field)) continue;
      const key = keyOf(county, field.field);
      const text = (draft[key] ?? '').trim();
      if (draft[key] === undefined || text === (saved.get(key)?.value ?? '')) continue;
      if (checkFigure(text, field, t as TFunction)) invalid += 1;
      else if (text !== '') changed.push({ county, field: field.field, value: text });
    }
  }

  const save = async () => {
    if (invalid > 0 || changed.length === 0) return;
    setBusy(true);
    setError(undefined);
    setServerErrors({});
    try {
      const next = await waterApi.saveFigures(year.year, changed);
      setDraft({});
      void message.success(t('water.figures.saved', { count: changed.length }));
      onSaved(next);
    } catch (cause) {
      if (isApiError(cause)) {
        const onCells: Record<string, string> = {};
        const rest = cause.issues.filter((issue) => {
          const index = issueIndex(issue.path);
          const entry = index === undefined ? undefined : changed[index];
          if (!entry) return true;
          onCells[keyOf(entry.county, entry.field)] = issue.message;
          return false;
        });
        setServerErrors(onCells);
        setError(cause.withIssues(rest));
      } else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap="small">
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Table<string>
          rowKey={(county) => county}
          size="small"
          bordered
          pagination={false}
          dataSource={year.receivers}
          data-testid="figures-grid"
          scroll={{ x: 200 + fields.length * 190 }}
          columns={[
            {
              key: 'county',
              title: t('water.common.county'),
              width: 110,
              fixed: 'left',
              render: (_, county) => <Typography.Text strong>{county}</Typography.Text>,
            },
            ...fields.map((field) => ({
              key: field.field,
              width: 190,
              title: (
                <Flex vertical gap={2}>
                  <span>{field.label[lang]}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {field.unit[lang]}
                    {field.max !== undefined && ` · ${t('water.figures.max', { max: field.max })}`}
                    {' · '}
                    <Tooltip title={field.article}>{field.rule}</Tooltip>
                  </Typography.Text>
                </Flex>
              ),
              render: (_: unknown, county: string) => {
                const key = keyOf(county, field.field);
                const stored = saved.get(key);
                const late = stored?.late ? (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                    {t('water.figures.late')}
                  </Tag>
                ) : null;
                if (!open || !editable.has(field.field)) {
                  return (
                    <Flex gap={4} align="center">
                      <span>{stored?.value ?? '—'}</span>
                      {late}
                    </Flex>
                  );
                }
                const problem = problemOf(key, field);
                const errorId = `figure-error-${county}-${field.field}`;
                return (
                  <Flex vertical gap={2}>
                    <Flex gap={4} align="center">
                      <Input
                        size="small"
                        inputMode={field.whole ? 'numeric' : 'decimal'}
                        value={valueOf(key)}
                        status={problem ? 'error' : undefined}
                        aria-label={`${county} ${field.label[lang]}`}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? errorId : undefined}
                        data-testid={`figure-${county}-${field.field}`}
                        onChange={(event) => {
                          const value = event.target.value;
                          setDraft((d) => ({ ...d, [key]: value }));
                          setServerErrors((s) => {
                            if (!(key in s)) return s;
                            const { [key]: _gone, ...rest } = s;
                            return rest;
                          });
                        }}
                      />
                      {late}
                    </Flex>
                    {problem && (
                      <Typography.Text
                        type="danger"
                        id={errorId}
                        style={{ fontSize: 12 }}
                        data-testid="figure-error"
                      >
                        {problem}
                      </Typography.Text>
                    )}
                  </Flex>
                );
              },
            })),
          ]}
        />
        {open && fields.some((f) => editable.has(f.field)) && (
          <Flex gap="small" align="center" wrap style={{ marginTop: 12 }}>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={busy}
              disabled={changed.length === 0 || invalid > 0}
              data-testid="save-figures"
            >
              {t('water.figures.save', { count: changed.length })}
            </Button>
            {invalid > 0 && (
              <Typography.Text type="danger">
                {t('water.figures.invalidCount', { count: invalid })}
              </Typography.Text>
            )}
            <Button htmlType="button" disabled={busy} onClick={() => setDraft({})}>
              {t('water.figures.reset')}
            </Button>
          </Flex>
        )}
      </form>
    </Flex>
  );
}
