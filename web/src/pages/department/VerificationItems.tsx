import { ReloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { reviewApi, type QueuedItem } from '../../components/review/api.ts';
import { ApplicationDrawer } from '../../components/review/ApplicationDrawer.tsx';
import { BatchSelect, dateTime, local, StateTag } from '../../components/review/common.tsx';
import { useBatchChoice } from '../../components/review/useBatches.ts';
import { useLoad } from '../../components/review/useLoad.ts';

type Filter = 'pending' | 'all';

/** Whether an item's enterprise is the one searched for, by part of its name or credit code. */
function matches(item: QueuedItem, search: string): boolean {
  const text = search.trim().toUpperCase();
  return (
    text === '' || item.applicationName.toUpperCase().includes(text) || item.uscc.includes(text)
  );
}

/**
 * The department's own verification items in one batch: confirm, or correct with a note, with
 * the enterprise's form and materials a click away.
 */
export function VerificationItems() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { batches, list, batchId, setBatchId } = useBatchChoice(['re_review']);
  const [search, setSearch] = useState('');
  const [reading, setReading] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('pending');
  const [selected, setSelected] = useState<string[]>([]);
  const [correcting, setCorrecting] = useState<QueuedItem | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const items = useLoad(
    (signal) =>
      batchId
        ? reviewApi.items({ batch: batchId, state: filter === 'all' ? undefined : filter }, signal)
        : Promise.resolve([]),
    [batchId, filter],
  );
  const shown = (items.data ?? []).filter((item) => matches(item, search));

  const verify = async (ids: string[]) => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await reviewApi.verify(ids);
      void message.success(t('review.department.verified', { count: done.items.length }));
      setSelected([]);
      items.reload();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t('review.department.title')}
      data-testid="journey-verificationItems"
      extra={
        <Button icon={<ReloadOutlined />} onClick={items.reload}>
          {t('review.common.refresh')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('review.department.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert
          error={batches.error ?? items.error ?? error}
          onClose={() => setError(undefined)}
        />
        <Flex wrap gap="middle" justify="space-between">
          <BatchSelect
            batches={list}
            value={batchId}
            onChange={(id) => {
              setBatchId(id);
              setSelected([]);
            }}
          />
          <Input.Search
            allowClear
            style={{ width: 280 }}
            placeholder={t('review.department.searchPlaceholder')}
            aria-label={t('review.department.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="items-search"
          />
        </Flex>
        <Flex wrap gap="middle" justify="space-between">
          <Segmented<Filter>
            value={filter}
            onChange={(value) => {
              setFilter(value);
              setSelected([]);
            }}
            options={[
              { value: 'pending', label: t('review.department.filterPending') },
              { value: 'all', label: t('review.department.filterAll') },
            ]}
          />
          <Popconfirm
            title={t('review.department.verifySelectedConfirm', { count: selected.length })}
            okText={t('review.department.verify')}
            cancelText={t('review.common.cancel')}
            onConfirm={() => void verify(selected)}
            disabled={selected.length === 0}
          >
            <Button type="primary" disabled={selected.length === 0} loading={busy}>
              {t('review.department.verifySelected', { count: selected.length })}
            </Button>
          </Popconfirm>
        </Flex>
        <Table
          size="middle"
          rowKey="id"
          loading={items.loading}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('review.common.empty') }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            // Only the steps the server offers now: an item of a rejected application, or of a
            // batch past re-review, cannot be verified.
            getCheckboxProps: (item) => ({
              disabled: item.state !== 'pending' || !item.actions.includes('verify'),
              'aria-label': `${item.applicationName} ${local(item.label)}`,
            }),
          }}
          columns={[
            {
              key: 'name',
              title: t('review.common.enterprise'),
              render: (_, item) => (
                <Space size={4} wrap>
                  {item.applicationName}
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setReading(item.applicationId)}
                    data-testid="open-application"
                  >
                    {t('review.department.openApplication')}
                  </Button>
                </Space>
              ),
            },
            { key: 'uscc', dataIndex: 'uscc', title: t('review.common.uscc') },
            {
              key: 'item',
              title: t('review.department.item'),
              render: (_, item) => local(item.label),
            },
            {
              key: 'current',
              title: t('review.department.current'),
              render: (_, item) => item.display || '—',
            },
            {
              key: 'state',
              title: t('review.common.state'),
              render: (_, item) => <StateTag state={item.state} label={item.stateLabel} />,
            },
            {
              key: 'note',
              title: t('review.department.note'),
              render: (_, item) => item.note ?? '',
            },
            {
              key: 'verifiedAt',
              title: t('review.department.verifiedAt'),
              render: (_, item) => (item.verifiedAt ? dateTime(item.verifiedAt) : ''),
            },
            {
              key: 'actions',
              title: t('review.common.actions'),
              fixed: 'right',
              render: (_, item) =>
                item.actions.length === 0 ? (
                  item.state === 'pending' && (
                    <Typography.Text type="secondary" data-testid="no-item-step">
                      {t('review.department.noStep')}
                    </Typography.Text>
                  )
                ) : (
                  <Space size="small">
                    {item.actions.includes('verify') && (
                      <Popconfirm
                        title={t('review.department.verifyConfirm')}
                        okText={t('review.department.verify')}
                        cancelText={t('review.common.cancel')}
                        onConfirm={() => void verify([item.id])}
                      >
                        <Button size="small" type="link">
                          {t('review.department.verify')}
                        </Button>
                      </Popconfirm>
                    )}
                    {item.actions.includes('correct') && (
                      <Button size="small" type="link" onClick={() => setCorrecting(item)}>
                        {t('review.department.correct')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Flex>
      <ApplicationDrawer
        applicationId={reading}
        readOnly
        onClose={() => setReading(null)}
        onDecided={() => {}}
      />
      <CorrectModal
        item={correcting}
        onClose={() => setCorrecting(null)}
        onDone={(item) => {
          void message.success(t('review.department.corrected', { name: item.applicationName }));
          items.reload();
        }}
      />
    </Card>
  );
}

function CorrectModal(props: {
  item: QueuedItem | null;
  onClose: () => void;
  onDone: (item: QueuedItem) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ value: string; note: string }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const { item } = props;
  const submit = async () => {
    if (!item) return;
    const fields = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await reviewApi.correct(item.id, fields.value.trim(), fields.note.trim());
      props.onDone(item);
      props.onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={item !== null}
      title={item && t('review.department.correctTitle', { name: item.applicationName })}
      okText={t('review.department.correct')}
      cancelText={t('review.common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit().catch(() => {})}
      onCancel={() => {
        setError(undefined);
        props.onClose();
      }}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph>
          {t('review.department.correctItem', { item: local(item.label), declared: item.display })}
        </Typography.Paragraph>
      )}
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="value"
          label={t('review.department.value')}
          extra={t('review.department.valueHelp')}
          rules={[
            { required: true, whitespace: true, message: t('review.department.valueRequired') },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('review.department.noteLabel')}
          rules={[
            { required: true, whitespace: true, message: t('review.department.noteRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
