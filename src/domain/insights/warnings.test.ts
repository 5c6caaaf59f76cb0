import { describe, expect, it } from 'vitest';
import { parseWarningKey, warningKey } from './warnings.ts';

describe('warning keys', () => {
  it('round-trips a key and refuses what is not one', () => {
    const key = warningKey({ kind: 'obligationLaggard', regionCode: '410523100201', id: 'a:b-1' });
    expect(key).toBe('obligationLaggard:410523100201:a:b-1');
    expect(parseWarningKey(key)).toEqual({
      kind: 'obligationLaggard',
      regionCode: '410523100201',
      id: 'a:b-1',
    });
    expect(parseWarningKey('nonsense:410523100201:x')).toBeNull();
    expect(parseWarningKey('veto:4105:x')).toBeNull();
    expect(parseWarningKey('veto:410523100201:')).toBeNull();
    expect(parseWarningKey('veto:410523100201:a b')).toBeNull();
  });
});
