import type { ThemeConfig } from 'antd';

/** Government blue with a red rule under the header, in the sober look officials know. */
export const COLORS = {
  primary: '#1a4d8f',
  header: '#173f75',
  rule: '#c8161d',
  pageBg: '#f3f5f8',
} as const;

const FONTS = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'WenQuanYi Micro Hei'",
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
];

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: COLORS.primary,
    colorLink: COLORS.primary,
    borderRadius: 4,
    fontFamily: FONTS.join(', '),
  },
  components: {
    Layout: {
      headerBg: COLORS.header,
      headerPadding: '0 16px',
      bodyBg: COLORS.pageBg,
      siderBg: '#ffffff',
      footerBg: COLORS.pageBg,
    },
    Menu: {
      itemSelectedBg: '#e6eef8',
      itemSelectedColor: COLORS.primary,
      itemActiveBg: '#e6eef8',
    },
  },
};
