import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../src/common/step.js';
import { HostExecutor } from '../../src/common/exec.js';
import { runCmake } from '../../src/cmake/run.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';

// Bad values of the cmake action's inputs end in one clear line naming the input, before any tool runs.
const hello = fileURLToPath(new URL('../../examples/hello', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'aswf-cmake-bad-'));

async function run(inputs: Record<string, string>) {
  const s = makeStep(inputs);
  const exec = capturingExecutor();
  const before = process.exitCode;
  await runAction(s.step, (st) => runCmake(st, { exec }));
  process.exitCode = before;
  const errors = s.log().split('\n').filter((l) => l.startsWith('::error'));
  return { errors, commands: exec.commands, log: s.log() };
}

describe('cmake: one clear line for a bad value', () => {
  it.each([
    ['build-dir', () => join(tmp(), 'a'.repeat(300)), /^::error::Input 'build-dir' has an invalid value ".*": expected a path of at most \d+ bytes whose folder names are at most 255 bytes each \(one name here is 300 bytes\)\.$/],
    ['build-dir', () => join(tmp(), ('b'.repeat(200) + '/').repeat(25)), /^::error::Input 'build-dir' has an invalid value "\/.{99}…b{59}\/ \(5\d{3} characters\)": expected a path of at most \d+ bytes whose folder names are at most 255 bytes each\.$/],
    ['install-prefix', () => 'p'.repeat(256), /^::error::Input 'install-prefix' has an invalid value "p{100}…p{60} \(256 characters\)": expected a path of at most/],
    ['generator', () => '-P', /^::error::Input 'generator' has an invalid value "-P": expected a CMake generator name such as Ninja.* \(not an option: it cannot start with -\)\.$/],
    ['targets', () => 'all, --help', /^::error::Input 'targets' has an invalid value "--help": expected target names/],
    ['working-directory', () => '/nonexistent/aswf-wd', /^::error::Input 'working-directory' has an invalid value "\/nonexistent\/aswf-wd": expected an existing folder/],
  ])('%s', async (input, value, line) => {
    const { errors, commands, log } = await run({ 'source-dir': hello, 'build-dir': join(tmp(), 'b'), [input]: value() });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(line);
    expect(log).not.toContain('Unexpected error');
    expect(commands).toEqual([]);
  });
});

describe('a command whose working directory is missing', () => {
  it('says so, instead of "the program was not found"', async () => {
    const dir = join(tmp(), 'gone');
    await expect(new HostExecutor(() => undefined).run(['ctest', '--version'], { cwd: dir, silent: true })).rejects.toThrow(
      `Cannot run 'ctest': its working directory ${dir} does not exist.`,
    );
  });
  it('a program that is missing is still named as such', async () => {
    await expect(new HostExecutor(() => undefined).run(['aswf-no-such-program'], { silent: true })).rejects.toThrow(
      "'aswf-no-such-program' was not found: is it installed and on PATH?",
    );
  });
});
