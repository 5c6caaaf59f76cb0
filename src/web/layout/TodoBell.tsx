import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { refreshTodo, useTodo } from '../components/todo/useTodo.ts';
import { TodoList } from '../components/todo/TodoList.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { LineIcon } from './LineIcon.tsx';

/** The header's bell: how much waits for the user, and the list on a click. */
export function TodoBell() {
  const { t } = useI18n();
  const todo = useTodo();
  const [open, setOpen] = useState(false);
  const count = todo?.total ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void refreshTodo();
      }}
      title={t('todo.title')}
      content={
        <div style={{ width: 'min(360px, 86vw)', maxHeight: '70vh', overflowY: 'auto' }}>
          <TodoList groups={todo?.groups ?? []} onNavigate={() => setOpen(false)} />
        </div>
      }
    >
      <Button type="text" aria-label={t('todo.bell', { count })}>
        <Badge count={count} size="small" overflowCount={99} offset={[4, -2]}>
          <BellIcon />
        </Badge>
      </Button>
    </Popover>
  );
}

function BellIcon() {
  return (
    <LineIcon>
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </LineIcon>
  );
}
