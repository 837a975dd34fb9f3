import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Progress,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { pick } from '../../shared.ts';
import {
  MATERIAL_KINDS,
  MATERIAL_LABELS,
  MAX_MATERIAL_BYTES,
  REQUIRED_MATERIALS,
  type MaterialKind,
} from './domain.ts';
import { formatSize, formatTime } from './format.ts';
import { hqApi, uploadMaterial, type Material } from './hq-api.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

/** 附件3 items 1-7: what is uploaded for each, and (when editable) upload with progress. */
export function MaterialsPanel(props: {
  applicationId: string;
  materials: Material[];
  editable: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<Partial<Record<MaterialKind, number>>>({});
  const [error, setError] = useState<unknown>();
  const live = props.materials.filter((m) => m.removedAt === null);

  const upload = async (kind: MaterialKind, file: File) => {
    setError(undefined);
    if (file.size > MAX_MATERIAL_BYTES) {
      setError(new Error(t('apply.materials.tooLarge', { name: file.name })));
      return;
    }
    setProgress((p) => ({ ...p, [kind]: 0 }));
    try {
      await uploadMaterial(props.applicationId, kind, file, (percent) =>
        setProgress((p) => ({ ...p, [kind]: percent })),
      ).promise;
      void message.success(t('apply.materials.uploaded', { name: file.name }));
      props.onChange();
    } catch (e) {
      setError(e);
    } finally {
      setProgress((p) => ({ ...p, [kind]: undefined }));
    }
  };

  const remove = async (material: Material) => {
    setError(undefined);
    try {
      await hqApi.removeMaterial(material.id);
      props.onChange();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={t('apply.materials.title')} data-testid="materials">
      <Typography.Paragraph type="secondary">{t('apply.materials.intro')}</Typography.Paragraph>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={MATERIAL_KINDS.map((kind) => ({ kind }))}
        columns={[
          {
            key: 'kind',
            title: t('apply.materials.kind'),
            render: (_, { kind }) => (
              <Flex vertical gap={2}>
                <span>{pick(MATERIAL_LABELS[kind], lang)}</span>
                {REQUIRED_MATERIALS.includes(kind) ? (
                  <Tag color="red" style={{ width: 'fit-content' }}>
                    {t('apply.materials.required')}
                  </Tag>
                ) : (
                  <Tag style={{ width: 'fit-content' }}>{t('apply.materials.optional')}</Tag>
                )}
              </Flex>
            ),
          },
          {
            key: 'files',
            title: t('apply.materials.files'),
            render: (_, { kind }) => {
              const files = live.filter((m) => m.kind === kind);
              const percent = progress[kind];
              return (
                <Flex vertical gap={4} style={{ minWidth: 200 }}>
                  {files.length === 0 && percent === undefined && (
                    <Typography.Text type="secondary">{t('apply.materials.none')}</Typography.Text>
                  )}
                  {files.map((m) => (
                    <Flex key={m.id} gap={4} align="center" wrap>
                      <a href={`/api/hq/materials/${m.id}`} download={m.fileName}>
                        <DownloadOutlined /> {m.fileName}
                      </a>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatSize(m.sizeBytes)} · {formatTime(m.uploadedAt)}
                      </Typography.Text>
                      {props.editable && (
                        <Popconfirm
                          title={t('apply.materials.removeConfirm', { name: m.fileName })}
                          onConfirm={() => void remove(m)}
                          okText={t('apply.common.confirm')}
                          cancelText={t('apply.common.cancel')}
                        >
                          <Button
                            size="small"
                            type="link"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('apply.materials.remove')}
                          />
                        </Popconfirm>
                      )}
                    </Flex>
                  ))}
                  {percent !== undefined && (
                    <Progress percent={percent} size="small" data-testid={`progress-${kind}`} />
                  )}
                </Flex>
              );
            },
          },
          ...(props.editable
            ? [
                {
                  key: 'upload',
                  title: t('apply.materials.action'),
                  render: (_: unknown, { kind }: { kind: MaterialKind }) => (
                    <Upload
                      accept={ACCEPT}
                      showUploadList={false}
                      beforeUpload={(file) => {
                        void upload(kind, file);
                        return false;
                      }}
                    >
                      <Button
                        icon={<UploadOutlined />}
                        loading={progress[kind] !== undefined}
                        data-testid={`upload-${kind}`}
                      >
                        {t('apply.materials.upload')}
                      </Button>
                    </Upload>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
