#!/usr/bin/env node
// The `report` command runs the TypeScript sources directly through tsx: there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
