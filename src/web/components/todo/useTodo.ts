import { useEffect, useSyncExternalStore } from 'react';
import { WRITE_EVENT } from '../../api/client.ts';
import { todoApi, type Todo } from '../../api/todoApi.ts';
import { useSession } from '../../session.tsx';

// One to-do per tab, shared by the header's bell and the home page: fetched when first shown,
// again every few minutes while the app is open and after the user acts (`refreshTodo`).
const POLL_MS = 120_000;
const FRESH_MS = 15_000;

let current: Todo | undefined;
// whose to-do `current` is: after a logout and another login the old one is never shown
let owner: string | undefined;
let fetchedAt = 0;
let pending: Promise<void> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetches the to-do again (a failed fetch keeps the last one: the bell is not worth an error). */
export function refreshTodo(username = owner): Promise<void> {
  pending ??= todoApi.mine().then(
    (todo) => {
      current = todo;
      owner = username;
      fetchedAt = Date.now();
      pending = undefined;
      for (const listener of listeners) listener();
    },
    () => {
      pending = undefined;
    },
  );
  return pending;
}

export function useTodo(): Todo | undefined {
  const { username } = useSession();
  const todo = useSyncExternalStore(subscribe, () => (owner === username ? current : undefined));
  useEffect(() => {
    if (owner !== username || Date.now() - fetchedAt > FRESH_MS) void refreshTodo(username);
    const timer = setInterval(() => void refreshTodo(username), POLL_MS);
    // what the user just did (a case resolved, a run approved) leaves the list at once
    let settle: ReturnType<typeof setTimeout> | undefined;
    const afterWrite = () => {
      clearTimeout(settle);
      settle = setTimeout(() => void refreshTodo(username), 500);
    };
    window.addEventListener(WRITE_EVENT, afterWrite);
    return () => {
      clearInterval(timer);
      clearTimeout(settle);
      window.removeEventListener(WRITE_EVENT, afterWrite);
    };
  }, [username]);
  return todo;
}
