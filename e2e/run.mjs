#!/usr/bin/env node
/**
 * Runs the end-to-end suite: every e2e/*.test.mjs under node's built-in test runner, one
 * file at a time (each file launches Chromium, then Firefox). Builds nothing: run
 * `npm run build` first. Output is streamed; the exit code is the runner's.
 *
 *   node e2e/run.mjs                         both browsers
 *   E2E_BROWSERS=firefox node e2e/run.mjs    one browser
 *   node e2e/run.mjs e2e/ao3.test.mjs        some files
 *   E2E_OUTPUT=/tmp/other-build node e2e/run.mjs   another build folder
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

const output = path.resolve(root, process.env.E2E_OUTPUT ?? '.output');
const builds = ['chrome-mv3', 'firefox-mv2'].map((dir) => path.join(output, dir));
const missing = builds.filter((dir) => !existsSync(path.join(dir, 'manifest.json')));
if (missing.length) {
  console.error(`e2e: the built extension is missing (${missing.join(', ')}). Run \`npm run build\` first.`);
  process.exit(2);
}
for (const bin of ['/usr/bin/chromium', '/usr/bin/firefox-esr']) {
  if (!existsSync(bin)) {
    console.error(`e2e: ${bin} is missing. Install it with: apt-get update && apt-get install -y chromium firefox-esr`);
    process.exit(2);
  }
}

const args = process.argv.slice(2);
const files = args.length
  ? args
  : readdirSync(here)
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => path.join('e2e', f));
if (!files.length) {
  console.error('e2e: no e2e/*.test.mjs files found');
  process.exit(2);
}

const started = Date.now();
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
});

// Stream the runner's output as it comes, noting its closing counts for a one-line summary.
const counts = {};
let pending = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const m = /^(?:ℹ|#) (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/.exec(line.trim());
    if (m) counts[m[1]] = Number(m[2]);
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('close', (code, signal) => {
  // The drivers remove their own profiles; drop the scratch folder once it is empty.
  const tmp = path.join(here, '.tmp');
  try {
    if (existsSync(tmp) && readdirSync(tmp).length === 0) rmSync(tmp, { recursive: true });
  } catch {
    /* leave it */
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if ('pass' in counts) {
    const extra = ['todo', 'skipped', 'cancelled'].filter((k) => counts[k]).map((k) => `, ${counts[k]} ${k}`).join('');
    console.log(`e2e: ${counts.pass} passed, ${counts.fail ?? 0} failed${extra} in ${seconds} s`);
  }
  process.exit(code ?? (signal ? 1 : 0));
});
