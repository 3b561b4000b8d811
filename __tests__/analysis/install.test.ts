import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/common/errors.js';
import { Executor, RunOptions, RunResult } from '../../src/common/exec.js';
import { findOrInstallGcovr } from '../../src/analysis/coverage.js';
import { makeStep } from '../helpers/runner.js';

// Installing gcovr needs a package archive or PyPI, which tests cannot reach: the executor is a script of what each
// command would answer, and the test checks which commands are tried, in which order, and what comes back.
function scripted(onPath: string[], answers: (argv: readonly string[]) => number, installs?: { after: string; adds: string }) {
  const path = new Set(onPath);
  const commands: string[] = [];
  const exec: Executor = {
    where: 'container 0123456789ab',
    which: async (p) => (path.has(p) ? `/usr/bin/${p}` : undefined),
    run: async (argv: readonly string[], _o?: RunOptions): Promise<RunResult> => {
      commands.push(argv.join(' '));
      const exitCode = answers(argv);
      if (exitCode === 0 && installs && argv.join(' ').includes(installs.after)) path.add(installs.adds);
      return { exitCode, stdout: argv[0] === 'id' ? '1001\n' : '', stderr: '' };
    },
  };
  return { exec, commands };
}

describe('gcovr is found or installed', () => {
  it('uses gcovr on PATH without installing anything', async () => {
    const { exec, commands } = scripted(['gcovr'], () => 0);
    expect(await findOrInstallGcovr(makeStep({}).step, exec, '/b')).toEqual(['gcovr']);
    expect(commands).toEqual([]);
  });

  it('with apt-get: installs the package with sudo when not root, after an update when the first try fails', async () => {
    let installs = 0;
    const { exec, commands } = scripted(['apt-get', 'sudo', 'python3'], (argv) => (argv[0] === 'python3' ? 1 : argv.includes('install') ? (installs++ === 0 ? 100 : 0) : 0), { after: 'apt-get install', adds: 'gcovr' });
    expect(await findOrInstallGcovr(makeStep({}).step, exec, '/b')).toEqual(['gcovr']);
    expect(commands).toEqual([
      'python3 -m gcovr --version',
      'id -u',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gcovr',
      'sudo apt-get update',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gcovr',
    ]);
  });

  it('without apt-get (an ASWF Rocky Linux image): pip --user, then runs it as python3 -m gcovr', async () => {
    let installed = false;
    const { exec, commands } = scripted(['python3'], (argv) => {
      if (argv.includes('pip')) return (installed = true), 0;
      return argv.includes('gcovr') && installed ? 0 : 1;
    });
    expect(await findOrInstallGcovr(makeStep({}).step, exec, '/b')).toEqual(['python3', '-m', 'gcovr']);
    expect(commands).toEqual(['python3 -m gcovr --version', 'python3 -m pip install --user gcovr', 'python3 -m gcovr --version']);
  });

  it('pip refused (externally managed): a virtual environment in the build folder', async () => {
    const { exec, commands } = scripted(['python3'], (argv) => (argv.join(' ').startsWith('python3 -m pip') || argv.join(' ') === 'python3 -m gcovr --version' ? 1 : 0));
    expect(await findOrInstallGcovr(makeStep({}).step, exec, '/b')).toEqual(['/b/coverage/gcovr-venv/bin/python', '-m', 'gcovr']);
    expect(commands.slice(-3)).toEqual(['python3 -m venv /b/coverage/gcovr-venv', '/b/coverage/gcovr-venv/bin/python -m pip install gcovr', '/b/coverage/gcovr-venv/bin/python -m gcovr --version']);
  });

  it('nothing works: one clear line saying what to install', async () => {
    const { exec } = scripted([], () => 1);
    await expect(findOrInstallGcovr(makeStep({}).step, exec, '/b')).rejects.toThrow(
      new UserError('coverage: gcov needs gcovr, which is not on the container 0123456789ab and could not be installed (apt-get, pip): install gcovr (pip install gcovr) before this step.'),
    );
  });
});
