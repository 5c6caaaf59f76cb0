import { useEffect, useSyncExternalStore } from 'react';
import {
  flushOutbox,
  outboxVersion,
  setOutboxOwner,
  subscribeOutbox,
} from '../../offline/outbox.ts';
import { useSession } from '../../session.tsx';

/**
 * Sends what the user's outbox holds and answers a number that changes whenever it has sent
 * something: a page reloads on it, so an activity recorded offline counts once it arrives.
 */
export function useOutboxVersion(): number {
  const { username } = useSession();
  useEffect(() => {
    setOutboxOwner(username);
    void flushOutbox();
  }, [username]);
  return useSyncExternalStore(subscribeOutbox, outboxVersion);
}
