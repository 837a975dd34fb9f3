import { Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExplanationStep } from '../../../src/engine/explanation.ts';
import { currentLanguage } from '../i18n/index.ts';

/**
 * The steps of a figure's explanation, whatever the method: each step's title with its rule and
 * article, its inputs, the formula filled in, its result and a note.
 * @example <ExplanationSteps steps={explanation.steps} />
 */
export function ExplanationSteps({ steps }: { steps: readonly ExplanationStep[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labelled = (label: string) => (
    <Typography.Text type="secondary">{t('explain.labelled', { label })}</Typography.Text>
  );
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={steps.length}
      items={steps.map((step) => ({
        key: step.key,
        title: (
          <span>
            {step.title[lang]}{' '}
            <Tag color="blue" data-testid="step-rule">
              {step.citation.rule}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {step.citation.article}
            </Typography.Text>
          </span>
        ),
        content: (
          <div className="explanation-step">
            {(step.values ?? []).map((v, i) => (
              <div key={i}>
                {labelled(v.label[lang])}
                {v.value}
              </div>
            ))}
            {step.formula && (
              <div>
                {labelled(t('explain.formula'))}
                <code data-testid="step-formula">{step.formula}</code>
              </div>
            )}
            {step.result !== undefined && (
              <div>
                {labelled(t('explain.result'))}
                <Typography.Text strong>{step.result}</Typography.Text>
              </div>
            )}
            {step.note && <Typography.Text type="secondary">{step.note[lang]}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}
