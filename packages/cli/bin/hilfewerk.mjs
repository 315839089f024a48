#!/usr/bin/env node
// The CLI runs from TypeScript sources through tsx, so `npx hilfewerk` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
