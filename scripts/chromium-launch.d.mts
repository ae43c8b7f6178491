/** The Chromium binary; ONBOARDKIT_CHROMIUM points elsewhere. */
export declare const chromiumExecutablePath: string;
/** Headless, sandbox-free, and quiet on the network at start. */
export declare const chromiumArgs: readonly string[];
