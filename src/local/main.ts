#!/usr/bin/env node
import { UserError } from '../common/errors.js';
import { cli } from './cli.js';

cli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`aswf-ci: ${err instanceof UserError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  },
);
