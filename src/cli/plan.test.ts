import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../server/testing/serverProcess.ts';
import { sharedPath } from '../testing/sharedData.ts';

// The planners' command line, run as a user would: exit codes, messages naming the bad record,
// and outputs that keep their contract. (Runs in both integration projects; it uses no database.)
const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-plan-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function plan(...args: string[]) {
  return run('node', [path.join(ROOT, 'bin/lingyan.mjs'), 'plan', ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

const village = (code: string, lat: number, population: number) => ({
  code,
  name: `村${code.slice(-3)}`,
  lat,
  lng: 114.2,
  population,
  industry: 'apple',
  strength: 0.5,
  township: '410599100000',
});

describe('lingyan plan', () => {
  it('names the record with a negative population and exits 1, writing no output', async () => {
    const output = path.join(dir, 'never.json');
    const input = writeJson('bad.json', {
      villages: [village('410599100201', 36.0, 400), village('410599100202', 36.01, -5)],
    });
    const result = await plan('unions', '--input', input, '--output', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('410599100202');
    expect(fs.existsSync(output)).toBe(false);
  });

  it('refuses duplicate codes, an empty input and a missing file', async () => {
    const dup = await plan(
      'unions',
      '--input',
      writeJson('dup.json', {
        villages: [village('410599100201', 36, 400), village('410599100201', 36.01, 500)],
      }),
    );
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('410599100201');
    expect((await plan('unions', '--input', writeJson('empty.json', { villages: [] }))).code).toBe(
      1,
    );
    expect((await plan('unions', '--input', path.join(dir, 'missing.json'))).code).toBe(1);
  });

  it('refuses an oversized file before reading it, and wrong usage with exit 2', async () => {
    const huge = path.join(dir, 'huge.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const result = await plan('unions', '--input', huge);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeGreaterThan(10);
    expect((await plan('unions')).code).toBe(2);
    expect((await plan('unions', '--input', huge, '--bogus')).code).toBe(2);
  });

  it('plans unions within the rules and reports the contract shape', async () => {
    const villages = [
      village('410599100201', 36.0, 400),
      village('410599100202', 36.01, 350),
      village('410599100203', 36.02, 380),
      village('410599100204', 36.03, 300),
    ];
    const output = path.join(dir, 'plan.json');
    const result = await plan(
      'unions',
      '--input',
      writeJson('ok.json', { villages }),
      '--output',
      output,
      '--time-limit',
      '5',
    );
    expect(result.code).toBe(0);
    const out = JSON.parse(fs.readFileSync(output, 'utf8'));
    expect(out).toMatchObject({ coverage: 4, bound: { kind: 'optimal' } });
    expect(out.unions).toHaveLength(1);
    expect(out.unions[0].population).toBe(1430);
  });

  it('solves a pmedcap1 instance to its published optimum', async () => {
    const result = await plan(
      'pmedian',
      '--input',
      sharedPath('benchmarks', 'pmedcap1', '1.txt'),
      '--time-limit',
      '60',
    );
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.cost).toBe(713);
    expect(out.medians).toHaveLength(5);
  });
});
