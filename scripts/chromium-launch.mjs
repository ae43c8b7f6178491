// How every browser suite, benchmark and script starts Chromium: Debian's
// package (browser downloads such as `playwright install` are impossible on
// our machines; ensure-chromium.mjs installs it), with the flags that keep it
// headless and from reaching for the network at start.

/** The Chromium binary; ONBOARDKIT_CHROMIUM points elsewhere. */
export const chromiumExecutablePath = process.env.ONBOARDKIT_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
