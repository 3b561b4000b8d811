import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { StepFailure } from '../../src/common/errors.js';
import { main } from '../../src/actions/build.js';
import { parseWorkflowCommand } from '../../src/local/files.js';
import { makeStep } from '../helpers/runner.js';

// The build action's main (ccache with a local backend, then cmake) with real ccache, GCC, cmake, ninja and ctest.
const fixture = fileURLToPath(new URL('../fixtures/analysis', import.meta.url));

describe('build action with sanitize', () => {
  it('keys the compiler cache apart from a normal build; with ccache as the launcher the findings are at the planted lines', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aswf-analysis-build-'));
    const ws = join(base, 'ws');
    cpSync(fixture, ws, { recursive: true });
    const s = makeStep(
      { ccache: 'true', backend: 'local', 'local-dir': join(base, 'cache'), key: 'mine', sanitize: 'address, undefined', 'source-dir': ws, 'build-dir': join(ws, 'build'), 'test-label-exclude': 'clean', parallel: '2' },
      { GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push' },
    );
    // The build action's executor streams the commands' output (failing planted tests included) to this process's
    // stdout and stderr, as a runner's log would show it: kept out of the test log here.
    const writes = { out: process.stdout.write, err: process.stderr.write };
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await expect(main(s.step)).rejects.toThrow(StepFailure);
    } finally {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
    }
    expect(s.outputs()['primary-key']).toMatch(/^ccache-v1-[^-]+-[^-]+-[^-]+-mine_sanitize_address_undefined-7-1$/);
    // Built through ccache (base_dir set to the workspace): the findings are still placed at the planted lines.
    expect(s.exported().CCACHE_BASEDIR).toBe(ws);
    const annotations = s
      .log()
      .split('\n')
      .map(parseWorkflowCommand)
      .filter((c) => c?.name === 'error' && c.props.title)
      .map((c) => `${c!.props.title} ${c!.props.file}:${c!.props.line}`);
    expect(annotations.sort()).toEqual(['heap-buffer-overflow src/planted.cpp:10', 'signed-integer-overflow src/planted.cpp:17']);
  });
});
