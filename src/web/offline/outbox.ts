import { ApiError, request } from '../api/client.ts';

// The offline outbox (DESIGN.md §2.5): submissions and updates made without signal wait on the
// device (localStorage) and are sent when the network is back, each with its own Idempotency-Key,
// so a retry after a lost answer never creates anything twice. Cleared on logout.

export interface OutboxEntry {
  key: string;
  method: 'POST';
  path: string;
  body: unknown;
  /** What the user sees in the waiting list. */
  label: string;
  createdAt: string;
  /** Set when the server refused it (a 4xx): kept for the user to read, never retried. */
  error?: string;
  /** The signed-in user who made it: only they ever send it (a session may expire without a logout). */
  owner: string;
}

const STORAGE_KEY = 'lingyan.outbox';
const listeners = new Set<() => void>();
// Bumped on every change (and on a change of user), so views can cache their snapshot.
let version = 0;

export function outboxVersion(): number {
  return version;
}

function read(): OutboxEntry[] {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function write(entries: OutboxEntry[]): void {
  version++;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // storage full or blocked: the entry stays in memory for this page only
  }
  for (const listener of listeners) listener();
}

let currentOwner = '';

/** The phone page says who is signed in; entries of anyone else stay put and are never sent. */
export function setOutboxOwner(username: string): void {
  if (username === currentOwner) return;
  currentOwner = username;
  version++;
}

/** The signed-in user's waiting entries. */
export function outboxEntries(): OutboxEntry[] {
  return read().filter((e) => e.owner === currentOwner);
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function newKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

// What to do with an entry's answer while this page stays open (photos follow their activity).
// Kept in memory only: after a reload the entry is still sent, its follow-up is not.
const followUps = new Map<string, (answer: unknown) => void>();

/** Queues a write and tries to send it at once; `onSent` gets the server's answer. */
export function enqueue(
  entry: Omit<OutboxEntry, 'key' | 'createdAt' | 'method' | 'owner'>,
  onSent?: (answer: unknown) => void,
): void {
  const key = newKey();
  if (onSent) followUps.set(key, onSent);
  write([
    ...read(),
    {
      ...entry,
      owner: currentOwner,
      method: 'POST',
      key,
      createdAt: new Date().toISOString(),
    },
  ]);
  void flushOutbox();
}

export function clearOutbox(): void {
  write([]);
}

export function dismiss(key: string): void {
  write(read().filter((e) => e.key !== key));
}

let flushing: Promise<number> | null = null;

/**
 * Sends waiting entries in order. A network failure stops the run (still offline); an answer
 * removes the entry (a refusal is kept, marked, for the user to see). Returns how many were sent.
 */
export function flushOutbox(): Promise<number> {
  if (flushing) return flushing;
  if (!currentOwner) return Promise.resolve(0);
  // Known offline: do not start requests that would only hang until the signal returns.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return Promise.resolve(0);
  const run = sendAll();
  flushing = run;
  // Cleared once settled (never synchronously: an empty run settles before it is assigned).
  void run.finally(() => {
    if (flushing === run) flushing = null;
  });
  return run;
}

async function sendAll(): Promise<number> {
  let sent = 0;
  for (const entry of read()) {
    if (entry.error || entry.owner !== currentOwner) continue;
    try {
      // A weak signal can leave a request hanging: give up after 20 s and retry later (same key).
      const answer = await request(entry.path, {
        method: entry.method,
        body: entry.body,
        headers: { 'Idempotency-Key': entry.key },
        signal: AbortSignal.timeout(20_000),
      });
      write(read().filter((e) => e.key !== entry.key));
      sent++;
      followUps.get(entry.key)?.(answer);
      followUps.delete(entry.key);
    } catch (error) {
      if (error instanceof DOMException) break; // timed out
      if (
        error instanceof ApiError &&
        (error.code === 'NETWORK' ||
          error.status >= 500 ||
          error.code === 'IDEMPOTENCY_IN_PROGRESS' ||
          error.status === 401)
      )
        break;
      const message = error instanceof Error ? error.message : String(error);
      write(read().map((e) => (e.key === entry.key ? { ...e, error: message } : e)));
    }
  }
  for (const listener of listeners) listener();
  return sent;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void flushOutbox());
}
