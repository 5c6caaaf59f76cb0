import type { ThemeConfig } from 'antd';

// Party-building red as the primary colour, kept to accents so tables stay easy to read.
//
// No motion anywhere (modals, drawers, popovers, dropdowns): a closed overlay is hidden when it
// closes, not when its closing animation reports its end (CI once saw a closed modal's transparent
// wrap take the page's clicks for minutes), an overlay that opens stands still at once, and a
// slow phone shows the form or list without rendering a zoom or slide first. The static toasts
// (`message`) live outside this provider and keep their fade, which covers nothing.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b81c22',
    colorLink: '#b81c22',
    borderRadius: 6,
    fontFamily: 'var(--lingyan-font)',
    motion: false,
  },
};
