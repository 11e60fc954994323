#!/usr/bin/env node
// `npx fabric ...` from the repo: runs the TypeScript CLI through tsx (a dev dependency).
import { register } from 'tsx/esm/api';

register();
const { runCli, nodeIo } = await import('../src/cli/fabric.ts');
process.exitCode = runCli(process.argv.slice(2), nodeIo);
