import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { reviewApi } from '../../components/review/api.ts';
import {
  checkRows,
  itemLabel,
  readSheet,
  templateWorkbook,
  type SheetCheck,
} from '../../components/review/excel-verify.ts';

/** Bulk confirmation from the department's own spreadsheet, checked row by row first. */
export function ExcelVerify() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [fileName, setFileName] = useState<string>();
  const [check, setCheck] = useState<SheetCheck>();
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const read = async (file: File) => {
    setReading(true);
    setError(undefined);
    setCheck(undefined);
    setFileName(file.name);
    try {
      let sheet;
      try {
        sheet = await readSheet(await file.arrayBuffer());
      } catch {
        setCheck({
          ok: false,
          rows: 0,
          problems: [
            { key: 'file', row: 1, column: '', message: t('review.department.errNotXlsx') },
          ],
        });
        return;
      }
      if (sheet.missing.length) {
        setCheck({
          ok: false,
          rows: 0,
          problems: sheet.missing.map((column) => ({
            key: column,
            row: 1,
            column,
            message: t('review.department.errMissingColumn', { column }),
          })),
        });
        return;
      }
      const items = await reviewApi.items({});
      setCheck(checkRows(sheet.rows, items, t));
    } catch (cause) {
      setError(cause);
    } finally {
      setReading(false);
    }
  };

  const apply = async () => {
    if (!check?.ok) return;
    setBusy(true);
    setError(undefined);
    try {
      const done = await reviewApi.sheet(
        check.items.map((i) => i.id),
        check.corrections.map((c) => ({
          itemId: c.item.id,
          value: c.value,
          note: c.note,
          row: c.row,
        })),
      );
      void message.success(t('review.department.applied', { count: done.items.length }));
      setCheck(undefined);
      setFileName(undefined);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setError(undefined);
    try {
      const blob = await templateWorkbook(await reviewApi.items({}), t);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${t('review.department.templateSheet')}.xlsx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <Card title={t('review.department.excelTitle')} data-testid="excel-verify">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('review.department.excelIntro')}
        </Typography.Paragraph>
        <Flex gap="small" wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void download()}>
            {t('review.department.template')}
          </Button>
          <Upload
            accept=".xlsx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void read(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={reading}>
              {t('review.department.chooseFile')}
            </Button>
          </Upload>
        </Flex>
        <ApiErrorAlert error={error} />
        {fileName && check && (
          <Typography.Text>
            {t('review.department.fileLabel', { name: fileName, count: check.rows })}
          </Typography.Text>
        )}
        {check && !check.ok && (
          <>
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('review.department.errorsTitle', { count: check.problems.length })}
            />
            <Table
              size="small"
              rowKey="key"
              data-testid="sheet-problems"
              pagination={false}
              dataSource={check.problems}
              columns={[
                { key: 'row', dataIndex: 'row', title: t('review.department.row'), width: 80 },
                {
                  key: 'column',
                  dataIndex: 'column',
                  title: t('review.department.column'),
                  width: 180,
                },
                { key: 'message', dataIndex: 'message', title: t('review.department.problem') },
              ]}
            />
          </>
        )}
        {check?.ok && (
          <>
            <Alert
              type="success"
              showIcon
              title={t('review.department.readyTitle', { count: check.items.length })}
              description={
                check.corrections.length > 0 &&
                t('review.department.readyCorrections', { count: check.corrections.length })
              }
            />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={check.items}
              columns={[
                { key: 'name', dataIndex: 'applicationName', title: t('review.common.enterprise') },
                { key: 'uscc', dataIndex: 'uscc', title: t('review.common.uscc') },
                { key: 'item', title: t('review.department.item'), render: (_, i) => itemLabel(i) },
                { key: 'declared', dataIndex: 'display', title: t('review.department.declared') },
              ]}
            />
            {check.corrections.length > 0 && (
              <Table
                size="small"
                rowKey={(c) => c.item.id}
                pagination={false}
                data-testid="sheet-corrections"
                dataSource={check.corrections}
                columns={[
                  { key: 'row', dataIndex: 'row', title: t('review.department.row'), width: 80 },
                  {
                    key: 'name',
                    title: t('review.common.enterprise'),
                    render: (_, c) => c.item.applicationName,
                  },
                  {
                    key: 'item',
                    title: t('review.department.item'),
                    render: (_, c) => itemLabel(c.item),
                  },
                  {
                    key: 'declared',
                    title: t('review.department.declared'),
                    render: (_, c) => c.item.display,
                  },
                  {
                    key: 'value',
                    dataIndex: 'value',
                    title: t('review.department.correctedValue'),
                  },
                  { key: 'note', dataIndex: 'note', title: t('review.department.correctionNote') },
                ]}
              />
            )}
            <div>
              <Button type="primary" loading={busy} onClick={() => void apply()}>
                {t('review.department.apply', {
                  count: check.items.length + check.corrections.length,
                })}
              </Button>
            </div>
          </>
        )}
      </Flex>
    </Card>
  );
}
