import { Button, Divider, Flex, Popover, Tag } from 'antd';
import { useState } from 'react';
import { roleLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSession, useSessionContext } from '../session.tsx';

export function UserMenu() {
  const { t } = useI18n();
  const { username, displayName, roles } = useSession();
  const { logout } = useSessionContext();
  const [open, setOpen] = useState(false);

  const panel = (
    <div style={{ minWidth: 240, maxWidth: 320 }}>
      <strong>{displayName}</strong>
      <br />
      <span className="lingyan-muted">{username}</span>
      <Divider style={{ margin: '12px 0' }} />
      <span className="lingyan-muted">{t('user.roles')}</span>
      <Flex vertical gap={6} style={{ marginTop: 6 }}>
        {roles.map((grant) => (
          <div key={`${grant.role}:${grant.scope}`}>
            <Tag color="red">{roleLabel(t, grant.role, grant.scope)}</Tag>
            <span>{grant.scopeName}</span>
          </div>
        ))}
      </Flex>
      <Divider style={{ margin: '12px 0' }} />
      <Button
        block
        onClick={() => {
          setOpen(false);
          void logout();
        }}
      >
        {t('user.logout')}
      </Button>
    </div>
  );

  return (
    <Popover
      content={panel}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
    >
      <Button
        type="text"
        aria-label={t('user.menu')}
        aria-haspopup="dialog"
        className="lingyan-user-button"
      >
        <span className="lingyan-user-name">{displayName}</span>
      </Button>
    </Popover>
  );
}
