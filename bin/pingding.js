#!/usr/bin/env node
// The `pingding` command. Sources are TypeScript, loaded through tsx so a clone runs without a build.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// A larger young generation: rating a big batch makes many short-lived exact values.
setFlagsFromString('--max-semi-space-size=64');
register();
await import('../src/cli/main.ts');
