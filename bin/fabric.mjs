#!/usr/bin/env node
// `npx fabric ...` from the repo: runs the TypeScript CLI through tsx (a dev dependency).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/fabric.ts');
await main();
