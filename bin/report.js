#!/usr/bin/env node
// The `report` command runs the TypeScript sources directly through tsx: there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
// Exit as soon as the command is done: a browser that will not close must not keep a finished build alive.
process.exit(await main(process.argv.slice(2)));
