import type { TestProject } from 'vitest/node';
import { startApp } from './app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app under test listens, e.g. http://localhost:41234. */
    browserAppUrl: string;
    browserApi: 'real' | 'stub';
  }
}

/** One app (server, demo database) for the whole browser run: starting it takes a while. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await startApp();
  project.provide('browserAppUrl', app.url);
  project.provide('browserApi', app.api);
  return () => app.close();
}
