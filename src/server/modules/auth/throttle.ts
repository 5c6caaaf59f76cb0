import { positiveIntSetting } from '../../platform/envSetting.ts';

/**
 * Login throttling with backoff (issue 16 finding 6) instead of a hard lock an outsider can trigger.
 *
 * Two keys, both kept in memory (one process serves a county):
 * - per address: every failure from one client address, whatever the username;
 * - per account: every failure against one username, known or not (an unknown name is throttled
 *   exactly like a known one, so the answers tell nothing about who exists).
 * A throttled account still accepts attempts from an address that has not failed against it: the
 * real user at their own desk is not locked out by someone guessing elsewhere.
 */
export interface ThrottleSettings {
  /** Failures allowed before the backoff starts. */
  accountFreeFailures: number;
  addressFreeFailures: number;
  /** First backoff; each further failure doubles it, up to the maximum. */
  baseSeconds: number;
  maxSeconds: number;
  /** Failures older than this are forgotten. */
  windowMinutes: number;
}

export function throttleSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ThrottleSettings {
  const int = (name: string, fallback: number) => positiveIntSetting(env, name, fallback);
  return {
    accountFreeFailures: int('LOGIN_ACCOUNT_FREE_FAILURES', 5),
    addressFreeFailures: int('LOGIN_ADDRESS_FREE_FAILURES', 10),
    baseSeconds: int('LOGIN_BACKOFF_BASE_SECONDS', 30),
    maxSeconds: int('LOGIN_BACKOFF_MAX_SECONDS', 900),
    windowMinutes: int('LOGIN_FAILURE_WINDOW_MINUTES', 60),
  };
}

interface Counter {
  failures: number;
  lastFailure: number;
  blockedUntil: number;
  /** Per account: the addresses that failed against it in the window. */
  addresses: Set<string>;
}

export type ThrottleKind = 'address' | 'account';

export interface Blocked {
  kind: ThrottleKind;
  retryAfterSeconds: number;
}

/** What a failure changed: set when this failure started (or extended) a backoff. */
export interface FailureOutcome {
  started: { kind: ThrottleKind; seconds: number; failures: number }[];
}

export class LoginThrottle {
  private readonly byAddress = new Map<string, Counter>();
  private readonly byAccount = new Map<string, Counter>();

  constructor(private readonly settings: ThrottleSettings) {}

  /** Whether an attempt may go ahead now; when not, which key blocks it and for how long. */
  check(username: string, address: string, now: Date): Blocked | null {
    const t = now.getTime();
    const byAddress = this.live(this.byAddress, address, t);
    if (byAddress && byAddress.blockedUntil > t) return blocked('address', byAddress, t);
    const byAccount = this.live(this.byAccount, accountKey(username), t);
    if (byAccount && byAccount.blockedUntil > t && byAccount.addresses.has(address))
      return blocked('account', byAccount, t);
    return null;
  }

  recordFailure(username: string, address: string, now: Date): FailureOutcome {
    const t = now.getTime();
    const started: FailureOutcome['started'] = [];
    const address_ = this.bump(this.byAddress, address, t, this.settings.addressFreeFailures);
    if (address_) started.push({ kind: 'address', ...address_ });
    const account = this.bump(
      this.byAccount,
      accountKey(username),
      t,
      this.settings.accountFreeFailures,
      address,
    );
    if (account) started.push({ kind: 'account', ...account });
    return { started };
  }

  /** A success forgets the account's failures and this address's. */
  recordSuccess(username: string, address: string): void {
    this.byAccount.delete(accountKey(username));
    this.byAddress.delete(address);
  }

  /** The county admin's "unlock": the account's backoff ends at once. */
  clearAccount(username: string): void {
    this.byAccount.delete(accountKey(username));
  }

  private live(map: Map<string, Counter>, key: string, t: number): Counter | undefined {
    const counter = map.get(key);
    if (!counter) return undefined;
    const windowMs = this.settings.windowMinutes * 60_000;
    if (t - counter.lastFailure > windowMs && counter.blockedUntil <= t) {
      map.delete(key);
      return undefined;
    }
    return counter;
  }

  private bump(
    map: Map<string, Counter>,
    key: string,
    t: number,
    free: number,
    address?: string,
  ): { seconds: number; failures: number } | null {
    const counter = this.live(map, key, t) ?? {
      failures: 0,
      lastFailure: t,
      blockedUntil: 0,
      addresses: new Set<string>(),
    };
    counter.failures += 1;
    counter.lastFailure = t;
    if (address) counter.addresses.add(address);
    map.set(key, counter);
    if (counter.failures < free) return null;
    const seconds = Math.min(
      this.settings.maxSeconds,
      this.settings.baseSeconds * 2 ** (counter.failures - free),
    );
    counter.blockedUntil = t + seconds * 1000;
    return { seconds, failures: counter.failures };
  }
}

function blocked(kind: ThrottleKind, counter: Counter, t: number): Blocked {
  return { kind, retryAfterSeconds: Math.max(1, Math.ceil((counter.blockedUntil - t) / 1000)) };
}

const accountKey = (username: string) => username.trim().toLowerCase();

// One throttle per running app: keyed by the app's configuration object, which each app owns.
const throttles = new WeakMap<object, LoginThrottle>();

export function throttleFor(owner: object): LoginThrottle {
  let throttle = throttles.get(owner);
  if (!throttle) {
    throttle = new LoginThrottle(throttleSettingsFromEnv());
    throttles.set(owner, throttle);
  }
  return throttle;
}
