import type { TestProject } from 'vitest/node';
import { startStandInSessionServer } from './stand-in-session-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the stand-in session server the component tests talk to. */
    apiBaseUrl: string;
  }
}

/** Starts the stand-in session server for the whole run and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  const server = await startStandInSessionServer();
  project.provide('apiBaseUrl', server.url);
  return server.close;
}
