// Reads every log file the test apps wrote (LINGYAN_TEST_LOG_DIR) and fails on a full ID number
// (18 characters with a valid check digit) or a full mobile number (11 digits from 13–19) standing
// alone: the server must log neither (issue 16 finding 3). Masked forms (410***…0093) pass, and so
// do the digits after a decimal point (a response time of 0.060174000000188244 ms is no ID).
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const validId = (id) =>
  CHECK[WEIGHTS.reduce((sum, w, i) => sum + w * Number(id[i]), 0) % 11] === id[17].toUpperCase();
const ID = /(?<![0-9A-Za-z]|\d\.)\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z]|\d\.)1[3-9]\d{9}(?![0-9A-Za-z])/g;

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.log'));
let lines = 0;
const found = [];
for (const file of files) {
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line) continue;
    lines++;
    const hits = [...(line.match(ID) ?? []).filter(validId), ...(line.match(MOBILE) ?? [])];
    if (hits.length > 0) found.push(`${file}: ${hits.join(', ')}: ${line.slice(0, 300)}`);
  }
}
if (lines === 0) {
  console.error(`[test] log check: no log lines in ${dir}: the test apps did not log`);
  process.exit(1);
}
if (found.length > 0) {
  console.error(`[test] log check: ${found.length} log lines hold a full ID or mobile number:`);
  for (const f of found.slice(0, 20)) console.error(`  ${f}`);
  process.exit(1);
}
console.log(
  `[test] log check: ${lines} log lines from ${files.length} test apps, no full ID or mobile number`,
);
