#!/usr/bin/env node
// Entry point of `npx asybot …`: loads the TypeScript sources through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../bot/cli/main.ts');
