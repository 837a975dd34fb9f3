import './apply.css';
import { Card, Steps, Timeline, Typography } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { pick, ROLE_LABELS, type Role } from '../../shared.ts';
import { APPLICATION_MACHINE, type ApplicationState } from './domain.ts';
import { formatTime } from './format.ts';
import type { TimelineEntry } from './hq-api.ts';

/** The stages of the procedure as the enterprise sees them (88号 三), and where each state is. */
const STAGES = ['fill', 'county', 'reReview', 'rating', 'publicity', 'final'] as const;
const STAGE_OF: Record<ApplicationState, number> = {
  draft: 0,
  returned: 0,
  submitted: 1,
  county_passed: 1,
  county_rejected: 1,
  reported: 2,
  re_review: 2,
  verified: 2,
  re_review_rejected: 2,
  rated: 3,
  approved: 3,
  not_approved: 3,
  published: 4,
  final: 5,
  revoked: 5,
};
const STOPPED: ApplicationState[] = [
  'county_rejected',
  're_review_rejected',
  'not_approved',
  'revoked',
];

/**
 * Where the application stands: the stages, the current one marked. A lapsed rating (the
 * server's `lapsed`) ends on 星级已过有效期, not 星级生效.
 */
export function ApplicationProgress({
  state,
  lapsed = false,
}: {
  state: ApplicationState;
  lapsed?: boolean;
}) {
  const { t } = useTranslation();
  const current = STAGE_OF[state];
  return (
    <Steps
      size="small"
      current={current}
      status={STOPPED.includes(state) ? 'error' : state === 'final' ? 'finish' : 'process'}
      responsive
      items={STAGES.map((stage) => ({
        title:
          stage === 'final' && lapsed ? t('apply.final.lapsedStage') : t(`apply.stage.${stage}`),
      }))}
      data-testid="application-progress"
    />
  );
}

const STRONG_NOTE = new Set(['county_return', 'county_reject', 're_review_reject', 'not_approve']);

interface Group {
  entry: TimelineEntry;
  count: number;
  actors: string[];
}

/** Steps of the same kind in a row without words (e.g. each department's check) shown as one. */
function grouped(entries: TimelineEntry[]): Group[] {
  const groups: Group[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (
      last &&
      last.entry.action === entry.action &&
      !last.entry.note &&
      !entry.note &&
      last.entry.toState === entry.toState
    ) {
      last.count += 1;
      if (!last.actors.includes(entry.actorName)) last.actors.push(entry.actorName);
      last.entry = { ...entry, fromState: last.entry.fromState };
    } else {
      groups.push({ entry, count: 1, actors: [entry.actorName] });
    }
  }
  return groups;
}

/** Every step taken on the application, newest first, with who took it and what they said. */
export function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const stateLabel = (s: string) => {
    const label = APPLICATION_MACHINE.stateLabels[s as ApplicationState] as
      (typeof APPLICATION_MACHINE.stateLabels)[ApplicationState] | undefined;
    return label ? pick(label, lang) : s;
  };
  const roleLabel = (r: string) => {
    const label = ROLE_LABELS[r as Role] as (typeof ROLE_LABELS)[Role] | undefined;
    return label ? pick(label, lang) : r;
  };
  return (
    <Card title={t('apply.timeline.title')} data-testid="application-timeline">
      <Timeline
        items={grouped(entries)
          .reverse()
          .map(({ entry, count, actors }, i) => {
            const stopped = STOPPED.includes(entry.toState as ApplicationState);
            const returned = entry.toState === 'returned';
            return {
              key: i,
              color: stopped ? 'red' : returned ? 'orange' : i === 0 ? 'blue' : 'gray',
              content: (
                <div className="apply-timeline-entry">
                  <Typography.Text strong>
                    {t(`apply.timeline.actions.${entry.action}` as ParseKeys, {
                      defaultValue: entry.action,
                    })}
                    {count > 1 && t('apply.timeline.count', { n: count })}
                  </Typography.Text>
                  {entry.fromState !== entry.toState && (
                    <Typography.Text type="secondary">
                      {' '}
                      · {t('apply.timeline.stateNow', { state: stateLabel(entry.toState) })}
                    </Typography.Text>
                  )}
                  <div>
                    <Typography.Text type="secondary">
                      {formatTime(entry.at)} ·{' '}
                      {t('apply.timeline.who', {
                        actors: actors.join(t('apply.timeline.and')),
                        role: roleLabel(entry.actorRole),
                      })}
                    </Typography.Text>
                  </div>
                  {entry.note && (
                    <Typography.Paragraph
                      className={
                        STRONG_NOTE.has(entry.action)
                          ? 'apply-note apply-note-strong'
                          : 'apply-note'
                      }
                      style={{ margin: '4px 0 0' }}
                    >
                      {t('apply.timeline.said')}
                      {entry.note}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            };
          })}
      />
    </Card>
  );
}
