import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eClockFromEnv } from './e2eClock.ts';

describe('the browser tests’ clock', () => {
  it('is off without LINGYAN_E2E_CLOCK_FILE and refused outside the embedded demo or in production', () => {
    expect(e2eClockFromEnv({})).toBeNull();
    const file = '/tmp/never-read';
    expect(() => e2eClockFromEnv({ LINGYAN_E2E_CLOCK_FILE: file })).toThrow(/browser tests only/);
    expect(() =>
      e2eClockFromEnv({ LINGYAN_E2E_CLOCK_FILE: file, LINGYAN_DEMO: '1', NODE_ENV: 'production' }),
    ).toThrow(/browser tests only/);
    expect(() =>
      e2eClockFromEnv({
        LINGYAN_E2E_CLOCK_FILE: file,
        LINGYAN_DEMO: '1',
        DATABASE_URL: 'postgres://x',
      }),
    ).toThrow(/browser tests only/);
  });

  it('adds the offset written in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingyan-clock-'));
    try {
      const file = join(dir, 'offset');
      writeFileSync(file, String(72 * 3_600_000));
      const clock = e2eClockFromEnv({ LINGYAN_E2E_CLOCK_FILE: file, LINGYAN_DEMO: '1' });
      if (!clock) throw new Error('clock');
      const ahead = clock().getTime() - Date.now();
      expect(ahead).toBeGreaterThan(72 * 3_600_000 - 1000);
      expect(ahead).toBeLessThan(72 * 3_600_000 + 1000);
      writeFileSync(file, 'not a number');
      await new Promise((r) => setTimeout(r, 150));
      expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
