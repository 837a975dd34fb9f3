import { Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** 评定 pingding · 温州市评定与分配业务平台 — on one line, or two on a phone. */
export function Brand() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const oneLine = screens.md ?? false;
  return (
    <Link to="/" className={oneLine ? 'brand' : 'brand brand-stacked'} data-testid="brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span className="brand-text">
        <span className="brand-name">
          {t('app.name')} <span className="brand-latin">{t('app.latinName')}</span>
        </span>
        {oneLine && <span className="brand-dot"> · </span>}
        <span className="brand-title">{t('app.title')}</span>
      </span>
    </Link>
  );
}
