import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch, Run } from './types.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STAR_NAMES = ['', '一星级', '二星级', '三星级', '四星级', '五星级'];

/**
 * The publicity notice (公示) laid out as an official notice: red title, 仿宋 body, the list, the
 * issuing body and date. Printed by the browser, which saves it as PDF with the system's Chinese
 * fonts. The notice is always in Chinese, as published.
 */
function noticeHtml(batch: Batch, run: Run, t: (key: string, options?: object) => string): string {
  const start = batch.publicityStartsOn ?? '';
  const end = batch.publicityEndsOn ?? '';
  const rows = run.results
    .map(
      (r, i) =>
        `<tr><td class="c">${i + 1}</td><td>${escape(r.name)}</td><td class="c">${escape(r.county)}</td><td class="c">${STAR_NAMES[r.stars] ?? r.stars}</td></tr>`,
    )
    .join('');
  const date = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return iso ? `${y}年${m}月${d}日` : '';
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(batch.title)}</title>
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "FangSong", "STFangsong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16pt; line-height: 1.75; color: #000; margin: 0 auto; max-width: 160mm; }
h1 { font-family: "SimSun", "STSong", "宋体", "Noto Serif CJK SC", serif; font-weight: bold; color: #c00; text-align: center; font-size: 22pt; line-height: 1.4; margin: 0 0 24pt; border-bottom: 2pt solid #c00; padding-bottom: 12pt; }
p { text-indent: 2em; margin: 0; text-align: justify; }
.sign { text-align: right; margin-top: 32pt; text-indent: 0; }
.note { color: #c00; font-size: 11pt; text-indent: 0; margin-bottom: 8pt; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 28pt 0 8pt; page-break-before: always; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.5; }
th, td { border: 0.75pt solid #000; padding: 3pt 6pt; }
th { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.c { text-align: center; }
</style></head><body>
${batch.synthetic ? `<p class="note">${escape(t('rating.notice.synthetic'))}</p>` : ''}
<h1>${escape(t('rating.notice.heading', { title: batch.title }))}</h1>
<p>${escape(t('rating.notice.body', { year: batch.year }))}</p>
<p>${escape(t('rating.notice.period', { start: date(start), end: date(end), days: batch.publicityWorkingDays }))}</p>
<p>${escape(t('rating.notice.objections'))}</p>
<p>${escape(t('rating.notice.attachment', { year: batch.year }))}</p>
<p class="sign">${escape(t('rating.notice.issuer'))}<br>${date(start)}</p>
<h2>${escape(t('rating.notice.listTitle', { title: batch.title, version: run.version }))}</h2>
<table><thead><tr><th>${escape(t('rating.notice.no'))}</th><th>${escape(t('rating.notice.name'))}</th><th>${escape(t('rating.notice.county'))}</th><th>${escape(t('rating.notice.stars'))}</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}

/** Shows the notice and prints it (the browser's “save as PDF”). */
export function PublicityNotice({ batch, run }: { batch: Batch; run: Run }) {
  const { i18n, t } = useTranslation();
  const [open, setOpen] = useState(false);
  const zh = i18n.getFixedT('zh') as unknown as (key: string, options?: object) => string;
  const html = noticeHtml(batch, run, zh);
  const print = () => {
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.srcdoc = html;
    frame.onload = () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
    };
    document.body.appendChild(frame);
  };
  return (
    <>
      <Button icon={<FilePdfOutlined />} onClick={() => setOpen(true)} data-testid="notice-button">
        {t('rating.notice.button')}
      </Button>
      <Modal
        open={open}
        width={860}
        title={t('rating.notice.button')}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={print}>
            {t('rating.notice.print')}
          </Button>,
        ]}
        destroyOnHidden
      >
        <iframe
          title={t('rating.notice.button')}
          srcDoc={html}
          data-testid="notice-preview"
          style={{ width: '100%', height: 560, border: '1px solid #d9d9d9', background: '#fff' }}
        />
      </Modal>
    </>
  );
}
