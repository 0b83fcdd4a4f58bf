#!/usr/bin/env node
// `npm test`: builds both browsers' extensions, typechecks, runs the unit tests (vitest)
// and the end-to-end tests (real Chromium and Firefox ESR), then prints one closing line
// "N passed, N failed" for CI.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function run(cmd, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', shell: false });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
const problems = [];

console.log('\n== Build (Chrome MV3 and Firefox MV2)');
const build = await run('npm', ['run', 'build']);
if (build.code !== 0) {
  console.error('Build failed; nothing else can run.');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

console.log('\n== Typecheck');
const tsc = await run(npx, ['tsc', '--noEmit']);
if (tsc.code !== 0) problems.push('typecheck');

console.log('\n== Unit tests (vitest)');
const dir = mkdtempSync(path.join(tmpdir(), 'heed-vitest-'));
const report = path.join(dir, 'report.json');
const unit = await run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
} catch {
  failed += 1;
}
rmSync(dir, { recursive: true, force: true });
if (unit.code !== 0) problems.push('unit tests');

console.log('\n== End-to-end tests (Chromium, Firefox ESR)');
const e2e = await run('node', ['e2e/run.mjs'], { capture: true });
// node's test runner ends with summary lines such as "ℹ pass 12" (spec) or "# pass 12" (tap).
const count = (label) =>
  [...e2e.out.matchAll(new RegExp(`^(?:ℹ|#) ${label} (\\d+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
const e2ePassed = count('pass');
const e2eFailed = count('fail');
passed += e2ePassed;
failed += e2eFailed;
if (e2e.code !== 0) {
  problems.push('end-to-end tests');
  if (e2eFailed === 0) failed += 1;
}

if (problems.length) console.error(`\nFailed: ${problems.join(', ')}`);
if (tsc.code !== 0) failed += 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(problems.length ? 1 : 0);
