import { Drawer } from 'antd';
import { useI18n } from '../i18n/useI18n.ts';
import { NavMenu } from './NavMenu.tsx';

/** The phone's menu: a drawer from the left, loaded on the first tap of the menu button. */
export default function NavDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer
      placement="left"
      size={240}
      open={open}
      onClose={onClose}
      title={t('app.name')}
      styles={{ body: { padding: 0 } }}
    >
      <nav aria-label={t('nav.menu')}>
        <NavMenu onNavigate={onClose} />
      </nav>
    </Drawer>
  );
}
