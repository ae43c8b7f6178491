#!/usr/bin/env node
// Runs every check and test suite of the repository, in order, and ends with
// one line `N passed, N failed` summed over all of them (what `.ci/run` and
// the README's test command print). A check (lint, typecheck, build) counts as
// one test; a suite counts its own tests from its JSON report.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.test-results');
// The pnpm that runs this script: a JavaScript file for older releases, a native binary since pnpm 11.
const execPath = process.env.npm_execpath;
const pnpm = !execPath ? ['pnpm'] : /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`${label} could not start: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function pnpmRun(label, ...args) {
  const [command, ...rest] = pnpm;
  return run(label, command, [...rest, ...args]);
}

/** A check passes or fails as a whole. */
async function check(label, ...args) {
  const code = await pnpmRun(label, ...args);
  return { label, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

/** A Vitest suite: counts come from its JSON report; a crash without a report is one failure. */
async function vitestSuite(label, project) {
  const output = join(reports, `${label}.json`);
  const code = await pnpmRun(
    label,
    'exec',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  );
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
    return { label, passed: report.numPassedTests, failed, skipped };
  } catch {
    return { label, passed: 0, failed: 1, skipped: 0 };
  }
}

/**
 * A Playwright suite: counts come from the stats of its JSON report (a flaky
 * test passed on a retry, and counts as passed as Playwright's exit code
 * does); a crash without a report is one failure.
 */
async function playwrightSuite(label, config) {
  const output = join(reports, `${label}.json`);
  const [command, ...rest] = pnpm;
  const code = await run(label, command, [...rest, 'exec', 'playwright', 'test', '-c', config], {
    ONBOARDKIT_E2E_JSON_REPORT: output,
  });
  try {
    const { stats } = JSON.parse(readFileSync(output, 'utf8'));
    if (stats.flaky > 0) console.warn(`${label}: ${stats.flaky} flaky test(s) passed only on a retry.`);
    const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
    return { label, passed: stats.expected + stats.flaky, failed, skipped: stats.skipped };
  } catch {
    return { label, passed: 0, failed: 1, skipped: 0 };
  }
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];
results.push(await check('lint', 'exec', 'biome', 'ci', '.'));
results.push(await check('typecheck', 'typecheck'));
results.push(await check('build', '-r', 'build'));
results.push(await check('package entries', 'exec', 'node', 'scripts/check-package-entries.mjs'));
results.push(await check('bundle size', 'exec', 'node', 'scripts/check-bundle-size.mjs'));
results.push(await vitestSuite('unit', 'unit'));
try {
  ensureChromium();
  results.push(await vitestSuite('component', 'component'));
  results.push(await vitestSuite('storybook', 'storybook'));
  results.push(await playwrightSuite('e2e', 'e2e/playwright.config.ts'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  results.push({ label: 'browser suites', passed: 0, failed: 1, skipped: 0 });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n━━ summary');
for (const result of results) {
  console.log(
    `  ${result.label.padEnd(18)} ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`,
  );
  total.passed += result.passed;
  total.failed += result.failed;
  total.skipped += result.skipped;
}
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 ? 1 : 0);
