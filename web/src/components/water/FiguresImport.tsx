import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Flex, Progress, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { waterApi, type WaterField, type WaterYear } from '../../api/water.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useLang } from '../rating/common.tsx';
import { importIssuePlace } from './figure-check.ts';

interface RowProblem {
  key: string;
  row?: number;
  column?: string;
  message: string;
}

/** Figures from the office's own spreadsheet (CSV or .xlsx), with the upload's progress. */
export function FiguresImport({
  year,
  office,
  fields,
  onImported,
}: {
  year: number;
  office: string;
  /** To name a column by its label rather than its key. */
  fields: WaterField[];
  onImported: (year: WaterYear) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const lang = useLang();
  const columnName = (column: string | undefined) =>
    fields.find((f) => f.field === column)?.label[lang] ?? column ?? '—';
  const [progress, setProgress] = useState<number>();
  const [fileName, setFileName] = useState<string>();
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [error, setError] = useState<unknown>();

  const send = async (file: File) => {
    setFileName(file.name);
    setProblems([]);
    setError(undefined);
    setProgress(0);
    try {
      const next = await waterApi.importFigures(year, file, setProgress);
      void message.success(t('water.import.done', { name: file.name }));
      onImported(next);
      setProgress(undefined);
    } catch (cause) {
      setProgress(undefined);
      if (isApiError(cause) && cause.issues.length > 0) {
        setProblems(
          cause.issues.map((issue, i) => ({
            key: String(i),
            ...importIssuePlace(issue),
            message: issue.message,
          })),
        );
      } else setError(cause);
    }
  };

  return (
    <Flex vertical gap="small" data-testid="figures-import">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('water.import.intro')}
      </Typography.Paragraph>
      <Flex gap="small" wrap>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={progress !== undefined}>
            {t('water.import.choose')}
          </Button>
        </Upload>
        <Button
          icon={<DownloadOutlined />}
          href={waterApi.templateUrl(year, office)}
          download
          data-testid="figures-template"
        >
          {t('water.import.template')}
        </Button>
      </Flex>
      {progress !== undefined && (
        <div role="status" aria-live="polite">
          <Typography.Text>{t('water.import.uploading', { name: fileName })}</Typography.Text>
          <Progress percent={progress} size="small" data-testid="upload-progress" />
        </div>
      )}
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      {problems.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            title={t('water.import.problems', { count: problems.length, name: fileName })}
          />
          <Table<RowProblem>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={problems}
            data-testid="import-problems"
            columns={[
              {
                key: 'row',
                title: t('water.import.row'),
                width: 80,
                render: (_, p) => p.row ?? '—',
              },
              {
                key: 'column',
                title: t('water.import.column'),
                width: 180,
                render: (_, p) => columnName(p.column),
              },
              { key: 'message', dataIndex: 'message', title: t('water.import.problem') },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
