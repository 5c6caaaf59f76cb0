// Where the preparation of demo county rows goes (pinyin keys, SM4 + HMAC-SM3, CSV), on one
// thread: `npx tsx bench/seed/prepare.ts [--villages N]`. The first line is what a start pays
// (name readings not yet remembered); the rest break it down.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { nameSearchKeys } from '../../src/domain/directory/pinyinSearch.ts';
import {
  streamDemoCounty,
  type DirectoryRows,
} from '../../src/domain/directory/demoCounty/index.ts';
import { FieldCipher } from '../../src/server/crypto/fieldCipher.ts';
import { prepareDirectory } from '../../src/server/modules/directory/loadDirectory.ts';

const villagesArg = process.argv.indexOf('--villages');
const limit = villagesArg > 0 ? Number(process.argv[villagesArg + 1]) : 60;
const chunks: DirectoryRows[] = [];
const t = performance.now();
for (const chunk of streamDemoCounty({})) {
  if (chunk.kind === 'village') chunks.push(chunk);
  if (chunks.length >= limit) break;
}
const persons = chunks.flatMap((c) => c.persons);
console.log(
  `generated ${chunks.length} villages, ${persons.length} persons in ${(performance.now() - t).toFixed(0)} ms`,
);

const cipher = new FieldCipher(randomBytes(32));
const time = (label: string, run: () => void) => {
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms  ${((ms * 1000) / persons.length).toFixed(1).padStart(6)} µs/person`,
  );
};
time('prepareDirectory (cold)', () =>
  chunks.forEach((c) => prepareDirectory(c, cipher, new Date())),
);
time('pinyin keys (cold)', () => persons.forEach((p) => nameSearchKeys(p.name)));
time('pinyin keys (warm)', () => persons.forEach((p) => nameSearchKeys(p.name)));
time('encrypt ID numbers', () => persons.forEach((p) => cipher.encrypt(p.idNumber)));
time('blind index ID numbers', () => persons.forEach((p) => cipher.blindIndex(p.idNumber)));
time('encrypt + index phones', () =>
  persons.forEach((p) => p.phone && (cipher.encrypt(p.phone), cipher.blindIndex(p.phone))),
);
time('prepareDirectory (warm)', () =>
  chunks.forEach((c) => prepareDirectory(c, cipher, new Date())),
);
