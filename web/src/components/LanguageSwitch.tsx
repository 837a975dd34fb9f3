import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n/index.ts';

/** 中文 ⇄ English, kept in localStorage. Shows the language it switches to, in that language. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const target = (i18n.language === 'en' ? 'zh' : 'en') as 'zh' | 'en';
  return (
    <Button
      type="text"
      className="header-button"
      icon={<GlobalOutlined />}
      aria-label={t('lang.switchTo')}
      title={t('lang.switchTo')}
      data-testid="language-switch"
      onClick={() => void changeLanguage(currentLanguage() === 'en' ? 'zh' : 'en')}
    >
      <span lang={target === 'en' ? 'en' : 'zh-CN'}>
        {compact ? (target === 'en' ? 'EN' : '中') : t(`lang.${target}`)}
      </span>
    </Button>
  );
}
