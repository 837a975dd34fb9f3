import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { uploadSheet, type FileIssue } from '../../api/relief.ts';
import { pick, type SheetColumn } from '../../shared.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { TemplateDownloads } from './TemplateDownloads.tsx';

interface Problem {
  key: number;
  row: number | null;
  column: string;
  message: string;
}

/**
 * One spreadsheet import: choose a .xlsx or .csv, watch it upload, then either what was added or
 * every problem by row and column (all or nothing: nothing is written when there is one).
 */
export function SheetImport<T>({
  id,
  path,
  columns,
  done,
  onDone,
}: {
  id: 'families' | 'costs';
  path: string;
  /** The columns of the file: the Chinese headers (the English keys are accepted too). */
  columns: readonly SheetColumn[];
  done: (answer: T) => ReactNode;
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const [percent, setPercent] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string>();
  const [answer, setAnswer] = useState<{ value: T } | null>(null);
  const [error, setError] = useState<unknown>();
  const abort = useRef<() => void>(undefined);
  useEffect(() => () => abort.current?.(), []);

  const send = async (file: File) => {
    setFileName(file.name);
    setAnswer(null);
    setError(undefined);
    setPercent(0);
    const upload = uploadSheet<T>(path, file, setPercent);
    abort.current = upload.abort;
    try {
      setAnswer({ value: await upload.promise });
      onDone?.();
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setError(e);
    } finally {
      abort.current = undefined;
      setPercent(null);
    }
  };

  const issues: FileIssue[] = isApiError(error) ? (error.issues as FileIssue[]) : [];
  const problems: Problem[] = issues.map((issue, key) => ({
    key,
    row: issue.row ?? null,
    column: issue.column ?? (typeof issue.path === 'string' ? issue.path : issue.path.join('.')),
    // The row and column have cells of their own: the message says only what is wrong.
    message: issue.row === undefined ? issue.message : withoutPlace(issue.message),
  }));

  return (
    <Flex vertical gap="small" data-testid={`import-${id}`}>
      <Typography.Text type="secondary" data-testid="import-columns">
        {t('relief.import.columns')}
        {columns.map((column, index) => (
          <span key={column.key}>
            {index > 0 && t('relief.import.separator')}
            <Typography.Text
              strong={column.required}
              title={`${pick(column.hint, lang)} (${column.key})`}
            >
              {column.zh}
            </Typography.Text>
          </span>
        ))}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('relief.import.keysToo')} <code>{columns.map((column) => column.key).join(',')}</code>
      </Typography.Text>
      <TemplateDownloads sheet={id} />
      <div>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={percent !== null}>
            {t('relief.import.choose')}
          </Button>
        </Upload>
      </div>
      {percent !== null && (
        <Flex vertical gap={0}>
          <Typography.Text>{t('relief.import.uploading', { name: fileName })}</Typography.Text>
          <Progress percent={percent} size="small" data-testid="upload-progress" />
        </Flex>
      )}
      {answer && (
        <Alert type="success" showIcon title={done(answer.value)} data-testid="import-done" />
      )}
      {error !== undefined && problems.length === 0 && <ApiErrorAlert error={error} />}
      {problems.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('relief.import.refused', { name: fileName, count: problems.length })}
            description={isApiError(error) ? error.message : undefined}
          />
          <Table<Problem>
            size="small"
            rowKey="key"
            data-testid="import-problems"
            pagination={problems.length > 20 ? { pageSize: 20 } : false}
            dataSource={problems}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'row',
                dataIndex: 'row',
                title: t('relief.import.row'),
                width: 70,
                render: (row: number | null) => row ?? '—',
              },
              {
                key: 'column',
                dataIndex: 'column',
                title: t('relief.import.column'),
                width: 170,
                render: (column: string) => column || '—',
              },
              { key: 'message', dataIndex: 'message', title: t('relief.import.problem') },
            ]}
          />
        </>
      )}
    </Flex>
  );
}

/**
 * A file problem's message without its place (`第 3 行 联系电话 列：`, `row 3, column Phone: `).
 * @example withoutPlace('第 3 行 联系电话 列：应为 11 位手机号码') // '应为 11 位手机号码'
 */
function withoutPlace(message: string): string {
  return message.replace(/^(第 \d+ 行( .+? 列)?：|row \d+(, column .+?)?: )/, '');
}
