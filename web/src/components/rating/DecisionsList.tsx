import { Descriptions, Tag } from 'antd';
import { cite } from '../../../../src/engine/citation.ts';
import { DECISIONS } from '../../../../src/methods/hq-star-rating/settings.ts';
import { useLang } from './common.tsx';

/** D1-D8: what each decision of the batch means and where 88号 is silent. */
export function DecisionsList() {
  const lang = useLang();
  return (
    <Descriptions size="small" column={1} bordered data-testid="decisions">
      {Object.entries(DECISIONS).map(([key, decision]) => (
        <Descriptions.Item key={key} label={<Tag color="blue">{key}</Tag>}>
          {decision.title[lang]}
          <span style={{ color: '#8c8c8c' }}> [{cite(decision.citation)}]</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
