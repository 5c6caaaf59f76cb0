import type { ThemeConfig } from 'antd';

// Party-building red as the primary colour, kept to accents so tables stay easy to read.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b81c22',
    colorLink: '#b81c22',
    borderRadius: 6,
    fontFamily: 'var(--lingyan-font)',
  },
};
