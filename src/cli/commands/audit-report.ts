import type { Lang } from '../../engine/localized.ts';
import type { AuditHead } from '../../store/audit-head.ts';
import type { AuditChainResult, AuditStretch } from '../../store/audit.ts';
import type { AuditAlgorithm } from '../../store/schema/audit.ts';

const ALGORITHM_NAMES: Record<AuditAlgorithm, Record<Lang, string>> = {
  sha256: { zh: 'SHA-256（不带密钥）', en: 'SHA-256 (unkeyed)' },
  'hmac-sm3': { zh: 'HMAC-SM3（带密钥，GB/T 32905）', en: 'HMAC-SM3 (keyed, GB/T 32905)' },
};

/** `2026-12-03 07:10:00` in China time. */
export function chinaTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(new Date(iso));
}

/** One line per stretch, and where the algorithm changes. */
function stretchLines(stretches: readonly AuditStretch[], lang: Lang): string[] {
  const lines: string[] = [];
  stretches.forEach((s, i) => {
    const name = ALGORITHM_NAMES[s.algorithm][lang];
    const previous = stretches[i - 1];
    if (previous) {
      const from = ALGORITHM_NAMES[previous.algorithm][lang];
      lines.push(
        lang === 'zh'
          ? `  自第 ${s.firstId} 号记录起，算法由 ${from} 改为 ${name}`
          : `  from record ${s.firstId} on, the algorithm changes from ${from} to ${name}`,
      );
    }
    lines.push(
      lang === 'zh'
        ? `  第 ${s.firstId}–${s.lastId} 号记录（${s.count} 条）：${name}`
        : `  records ${s.firstId}–${s.lastId} (${s.count}): ${name}`,
    );
  });
  return lines;
}

function headLine(head: AuditHead | null, lang: Lang): string {
  if (!head) {
    return lang === 'zh'
      ? '  没有已签名的链头可对照：结尾被删除或日志被清空将无法发现（见 pingding audit head）'
      : '  no signed head to check against: a deleted tail or an emptied log would go unnoticed (see pingding audit head)';
  }
  return lang === 'zh'
    ? `  已对照签名链头：${chinaTime(head.at)}（北京时间）时共 ${head.count} 条记录，至第 ${head.lastId} 号`
    : `  checked against the signed head of ${chinaTime(head.at)} (China time): ${head.count} records, to id ${head.lastId}`;
}

/** The text `pingding audit verify` prints for a result. */
export function verifyReport(result: AuditChainResult, lang: Lang): string {
  const zh = lang === 'zh';
  let first: string;
  if (result.ok) {
    first = zh
      ? `审计日志完整：${result.count} 条记录，哈希链逐条校验无误`
      : `Audit log intact: ${result.count} records, every link of the hash chain checks out`;
  } else if (result.brokenAt !== undefined) {
    first = zh
      ? `审计日志被改动：前 ${result.count} 条记录无误，第 ${result.brokenAt} 号记录起哈希链断开：${result.reason.zh}`
      : `Audit log altered: ${result.count} records check out, the chain breaks at record ${result.brokenAt}: ${result.reason.en}`;
  } else {
    first = zh
      ? `审计日志被改动：前 ${result.count} 条记录无误，${result.reason.zh}`
      : `Audit log altered: ${result.count} records check out; ${result.reason.en}`;
  }
  return (
    [first, ...stretchLines(result.stretches, lang), headLine(result.head, lang)].join('\n') + '\n'
  );
}
