import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { PlanningInputError } from '../domain/planning/inputError.ts';
import { checkPairingPlan } from '../domain/planning/pairing/checkPairingPlan.ts';
import { planPairings } from '../domain/planning/pairing/planPairings.ts';
import { validatePairingInput } from '../domain/planning/pairing/validatePairingInput.ts';
import { parsePmedianInstance } from '../domain/planning/pmedian/pmedianInstance.ts';
import { pmedianLp } from '../domain/planning/pmedian/pmedianModel.ts';
import { pmedianFromMip } from '../domain/planning/pmedian/pmedianFromMip.ts';
import { planPmedian, type PmedianPlan } from '../domain/planning/pmedian/planPmedian.ts';
import { checkUnionPlan } from '../domain/planning/unions/checkUnionPlan.ts';
import { planUnions } from '../domain/planning/unions/planUnions.ts';
import { validateUnionInput } from '../domain/planning/unions/validateUnionInput.ts';
import { HighsPool } from '../solver/highsPool.ts';
import { SearchPool } from '../solver/searchPool.ts';

/** Inputs larger than this are refused before reading (a province is ~10 MB of JSON). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

const USAGE = `usage:
  lingyan plan unions   --input villages.json [--output plan.json] [--time-limit SECONDS] [--seed N]
  lingyan plan pmedian  --input instance.txt  [--output out.json]  [--time-limit SECONDS] [--no-prove]
  lingyan plan pairings --input pairing.json  [--output out.json]`;

class UsageError extends Error {}

interface Flags {
  input: string;
  output: string | null;
  timeLimit: number;
  seed: number;
  prove: boolean;
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { input: '', output: null, timeLimit: 60, seed: 1, prove: true };
  for (let k = 0; k < args.length; k++) {
    const flag = args[k];
    const value = (): string => {
      const next = args[++k];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    const positive = (raw: string): number => {
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number`);
      return n;
    };
    if (flag === '--input') flags.input = value();
    else if (flag === '--output') flags.output = value();
    else if (flag === '--time-limit') flags.timeLimit = positive(value());
    else if (flag === '--seed') flags.seed = Math.floor(positive(value()));
    else if (flag === '--no-prove') flags.prove = false;
    else throw new UsageError(`unknown option ${flag}`);
  }
  if (!flags.input) throw new UsageError('--input is required');
  return flags;
}

async function readInput(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new PlanningInputError(path, 'input file not found');
  if (info.size > MAX_INPUT_BYTES) {
    throw new PlanningInputError(
      path,
      `input is ${(info.size / 1048576).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`,
    );
  }
  return readFile(path, 'utf8');
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PlanningInputError(
      path,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function emit(result: unknown, output: string | null): Promise<void> {
  const text = `${JSON.stringify(result, null, 2)}\n`;
  if (!output) {
    process.stdout.write(text);
    return;
  }
  // write then rename: a failed run never leaves a half-written plan behind
  await writeFile(`${output}.partial`, text);
  await rename(`${output}.partial`, output);
}

function violations(problems: string[]): void {
  if (problems.length > 0)
    throw new Error(
      `internal error: the plan breaks its rules: ${problems.slice(0, 5).join('; ')}`,
    );
}

async function planUnionsCommand(flags: Flags): Promise<unknown> {
  const input = validateUnionInput(parseJson(await readInput(flags.input), flags.input));
  const pool = new HighsPool();
  // townships are searched on every core, then bounded and solved on the HiGHS workers
  const searchPool = new SearchPool();
  try {
    const { plan } = await planUnions(input, {
      seed: flags.seed,
      timeLimitSeconds: flags.timeLimit,
      now: () => performance.now(),
      solver: pool.solve,
      solverParallelism: 2,
      searcher: searchPool.search,
      searchParallelism: searchPool.size,
    });
    violations(checkUnionPlan(input, plan));
    return plan;
  } finally {
    await pool.close();
    await searchPool.close();
  }
}

async function planPmedianCommand(flags: Flags): Promise<PmedianPlan> {
  const instance = parsePmedianInstance(await readInput(flags.input));
  const plan = planPmedian(instance, { seed: flags.seed });
  if (!flags.prove) return plan;
  const pool = new HighsPool(1);
  try {
    const exact = await pool.solve(pmedianLp(instance), {
      timeLimitSeconds: flags.timeLimit,
      relativeGap: 0,
    });
    if (exact.status !== 'optimal' || exact.objective === null) return plan;
    const proven = Math.round(exact.objective);
    if (plan.cost <= proven) return { ...plan, optimal: true };
    return pmedianFromMip(instance, exact.values) ?? plan;
  } finally {
    await pool.close();
  }
}

async function planPairingsCommand(flags: Flags): Promise<unknown> {
  const input = validatePairingInput(parseJson(await readInput(flags.input), flags.input));
  const plan = planPairings(input);
  violations(checkPairingPlan(input, plan));
  return plan;
}

/**
 * `lingyan plan <unions|pmedian|pairings> …` (argv may start with "plan"). Returns the exit
 * code: 0 done, 1 bad input (message names the record), 2 usage error, 3 internal failure.
 */
export async function runPlanCommand(argv: string[]): Promise<number> {
  const args = argv[0] === 'plan' ? argv.slice(1) : argv;
  const [kind, ...rest] = args;
  try {
    const flags = parseFlags(rest);
    const commands: Record<string, (f: Flags) => Promise<unknown>> = {
      unions: planUnionsCommand,
      pmedian: planPmedianCommand,
      pairings: planPairingsCommand,
    };
    const command = kind ? commands[kind] : undefined;
    if (!command) throw new UsageError(`unknown planner ${JSON.stringify(kind ?? '')}`);
    await emit(await command(flags), flags.output);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lingyan plan: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof PlanningInputError) {
      process.stderr.write(`lingyan plan: bad input: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(
      `lingyan plan: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 3;
  }
}
