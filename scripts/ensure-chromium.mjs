#!/usr/bin/env node
// The browser suites run in Debian's Chromium: browser downloads (`playwright
// install`) are not possible on our machines. Installs it with apt-get when it
// is missing; prints what to do when that cannot work here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutablePath } from './chromium-launch.mjs';

export const chromiumPath = chromiumExecutablePath;

export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  const asRoot = process.getuid?.() === 0;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) =>
    execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, { stdio: 'inherit', env });
  console.log(`Chromium is missing at ${chromiumPath}; installing Debian's chromium package…`);
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch {
    throw new Error(
      `Could not install Chromium. Install it yourself (apt-get install chromium) or set ONBOARDKIT_CHROMIUM to a Chromium binary.`,
    );
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get finished but ${chromiumPath} does not exist.`);
  return chromiumPath;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
