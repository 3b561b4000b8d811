// The ccache action's main and post steps with a fake executor: where commands run (host or container), what
// happens when ccache commands fail or the container is gone, and how the toolchain is identified on Windows.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/common/errors.js';
import { Executor, RunOptions, RunResult } from '../../src/common/exec.js';
import { Env } from '../../src/common/inputs.js';
import { LocalBackend } from '../../src/ccache/local.js';
import { ccacheMain, ccachePost, checkKeyLimits } from '../../src/ccache/run.js';
import { detectToolchain } from '../../src/ccache/toolchain.js';
import { makeStep } from '../helpers/runner.js';

const tmp = (p = 'aswf-ccache-run-') => mkdtempSync(join(tmpdir(), p));
const ok = (stdout = ''): RunResult => ({ exitCode: 0, stdout, stderr: '' });
const fail = (stderr = 'failed'): RunResult => ({ exitCode: 1, stdout: '', stderr });

type Handler = (argv: readonly string[], options: RunOptions) => RunResult | undefined;

/** An executor that runs nothing: `which` answers from a table, `run` from the handler (exit code 0, no output by default). */
function fakeExecutor(where: string, programs: Record<string, string>, handler: Handler = () => undefined): Executor & { commands: string[][] } {
  const commands: string[][] = [];
  return {
    where,
    commands,
    which: async (p) => programs[p],
    run: async (argv, options = {}) => {
      commands.push([...argv]);
      const result = handler(argv, options) ?? ok();
      if (result.exitCode !== 0 && !options.ignoreReturnCode) throw new Error(`${argv[0]} exited with code ${result.exitCode}`);
      return result;
    },
  };
}

const CCACHE = '/usr/bin/ccache';
const STATS = ['cache_miss\t3', 'direct_cache_hit\t1', 'files_in_cache\t6', 'cache_size_kibibyte\t24'].join('\n');

/** ccache as a fake: its version, statistics, and whatever `extra` answers. */
const ccacheHandler =
  (extra: Handler = () => undefined): Handler =>
  (argv, options) => {
    const own = extra(argv, options);
    if (own) return own;
    if (argv[0] === CCACHE && argv[1] === '--version') return ok('ccache version 4.7.5\n');
    if (argv[0] === CCACHE && argv[1] === '--print-stats') return ok(STATS);
    return undefined;
  };

function jobEnv(extra: Env = {}): Env {
  const ws = tmp();
  return { GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '11', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', ...extra };
}

const IMAGE = { ASWF_CI_CONTAINER_IMAGE: 'ghcr.io/aswf/ci-base:2025' };
const CONTAINER = 'c0ffee0123456789abcdef';

/** main, then post with the state main saved and the post environment `postEnv` (what the runner gives post). */
async function mainThenPost(
  mainEnv: Env,
  postEnv: (exported: Env) => Env,
  executors: (container: string | undefined) => Executor,
  inputs: Record<string, string> = {},
) {
  const seen: { main: (string | undefined)[]; post: (string | undefined)[] } = { main: [], post: [] };
  const localDir = tmp('aswf-ccache-run-local-');
  const allInputs = { backend: 'local', 'local-dir': localDir, ...inputs };
  const main = makeStep(allInputs, mainEnv);
  await ccacheMain(main.step, { executorFor: (c) => (seen.main.push(c), executors(c)) });
  const dir = main.outputs()['ccache-dir'];
  if (dir && existsSync(dir)) writeFileSync(join(dir, 'compiled-object'), 'a result ccache stored'); // what the build stored
  const state = Object.fromEntries(Object.entries(main.state()).map(([k, v]) => [`STATE_${k}`, v]));
  const post = makeStep(allInputs, { ...postEnv(main.exported()), ...state });
  await ccachePost(post.step, { executorFor: (c) => (seen.post.push(c), executors(c)) });
  return { main, post, seen, localDir };
}

describe('where the post step runs ccache', () => {
  it('uses the container the main step ran in, even when the post step does not see ASWF_CI_CONTAINER', async () => {
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler());
    const onHost = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler());
    const env = jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER });
    const { main, post, seen } = await mainThenPost(env, (exported) => ({ ...env, ...exported, ASWF_CI_CONTAINER: '' }), (c) => (c ? inContainer : onHost));
    expect(seen.main).toEqual([CONTAINER]);
    expect(seen.post).toEqual([CONTAINER]);
    expect(main.outputs().launcher).toBe(CCACHE);
    expect(onHost.commands).toEqual([]);
    expect(inContainer.commands).toContainEqual([CCACHE, '--print-stats']);
    expect(inContainer.commands).toContainEqual([CCACHE, '--evict-older-than', expect.stringMatching(/^\d+s$/)]);
    expect(post.log()).not.toContain('::warning');
    expect(post.summary()).toContain('saved as');
  });

  it.each([
    ['3.7.12', false],
    ['4.3', false],
    ['4.4', true],
    ['4.10.2', true],
    ['unknown', false],
  ])('ccache %s: --evict-older-than used only from 4.4 on, else a notice', async (version, evicts) => {
    const exec = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler((argv) => (argv[1] === '--version' ? ok(`ccache version ${version}\n`) : undefined)));
    const env = jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER });
    const { post } = await mainThenPost(env, (exported) => ({ ...env, ...exported }), () => exec);
    const evicted = exec.commands.some((c) => c[1] === '--evict-older-than');
    expect(evicted).toBe(evicts);
    expect(post.log().includes('has no --evict-older-than (ccache 4.4 or newer)')).toBe(!evicts);
  });

  it('uses the host when the main step ran there, even when a container was started after it', async () => {
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler());
    const onHost = fakeExecutor('host', { ccache: CCACHE, 'c++': '/usr/bin/c++' }, ccacheHandler((argv) => (argv[0] === '/usr/bin/c++' ? ok('c++ (Debian 12.2.0-14) 12.2.0\n') : undefined)));
    const env = jobEnv();
    const { seen } = await mainThenPost(env, (exported) => ({ ...env, ...exported, ASWF_CI_CONTAINER: CONTAINER }), (c) => (c ? inContainer : onHost));
    expect(seen.post).toEqual([undefined]);
    expect(inContainer.commands).toEqual([]);
    expect(onHost.commands).toContainEqual([CCACHE, '--print-stats']);
  });

  it('warns when the container is gone, skips statistics and eviction, and still saves what is on disk', async () => {
    let gone = false;
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler(() => (gone ? fail(`Error response from daemon: No such container: ${CONTAINER}`) : undefined)));
    const env = jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER });
    const { main, post, localDir } = await mainThenPost(
      env,
      (exported) => {
        gone = true;
        return { ...env, ...exported };
      },
      () => inContainer,
    );
    expect(post.log()).toMatch(/::warning::The container c0ffee012345 in which the ccache main step ran is gone .*no statistics and no eviction; saving what is in /);
    const postCommands = inContainer.commands.slice(inContainer.commands.findIndex((c) => c[1] === '--zero-stats') + 1);
    expect(postCommands).toEqual([[CCACHE, '--version']]); // the probe only
    expect(post.summary()).toContain('Statistics | unavailable');
    expect(post.summary()).toContain('saved as');
    expect(new LocalBackend(localDir, 1e9).entries().map((e) => e.key)).toEqual([main.outputs()['primary-key']]);
  });
});

describe('ccache commands never fail the build', () => {
  it('a failing --zero-stats (a cache folder that is not writable) is a warning', async () => {
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler((argv) => (argv[1] === '--zero-stats' ? fail('ccache: error: Failed to create directory: Permission denied') : undefined)));
    const main = makeStep({ backend: 'local', 'local-dir': tmp() }, jobEnv(IMAGE));
    await ccacheMain(main.step, { exec });
    expect(main.log()).toMatch(/::warning::ccache --zero-stats failed on the host \(exit code 1: ccache: error: Failed to create directory: Permission denied\)/);
    expect(main.outputs().launcher).toBe(CCACHE);
    expect(main.state().ccache).toBeDefined();
  });

  it('a ccache that cannot even start (docker gone) is a warning in main and post', async () => {
    const broken: Handler = (argv) => {
      if (argv[1] === '--zero-stats' || argv[1] === '-s' || argv[1] === '--print-stats') throw new Error('spawn docker ENOENT');
      return undefined;
    };
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler(broken));
    const env = jobEnv(IMAGE);
    const main = makeStep({ backend: 'local', 'local-dir': tmp() }, env);
    await ccacheMain(main.step, { exec });
    expect(main.log()).toMatch(/::warning::ccache --zero-stats could not run on the host \(spawn docker ENOENT\)/);
    const post = makeStep({ backend: 'local', 'local-dir': tmp() }, { ...env, ...main.exported(), STATE_ccache: main.state().ccache! });
    await ccachePost(post.step, { exec });
    expect(post.log()).toMatch(/::warning::Reading ccache's statistics on the host failed \(spawn docker ENOENT\)/);
  });
});

describe('the ccache folder inside a container', () => {
  it('warns that caching is off when the folder is not mounted into the container, and sets no launcher', async () => {
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler((argv) => (argv[0] === 'test' ? fail() : undefined)));
    const main = makeStep({ backend: 'local', 'local-dir': tmp(), 'ccache-dir': join(tmp(), 'elsewhere') }, jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER }));
    await ccacheMain(main.step, { executorFor: () => inContainer });
    expect(main.log()).toMatch(/::warning::The ccache folder .*elsewhere is not mounted into the container c0ffee012345 .*caching is off for this job/);
    expect(main.outputs()).toMatchObject({ launcher: '', 'cache-hit': 'miss' });
    expect(main.exported().CMAKE_CXX_COMPILER_LAUNCHER).toBeUndefined();
    expect(main.state().ccache).toBeUndefined();
    const probe = inContainer.commands.find((c) => c[0] === 'test')!;
    expect(probe.slice(0, 2)).toEqual(['test', '-f']);
    expect(existsSync(probe[2]!)).toBe(false); // the marker is removed
  });

  it('goes on when the folder is visible in the container', async () => {
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler((argv) => (argv[0] === 'test' ? (existsSync(argv[2]!) ? ok() : fail()) : undefined)));
    const main = makeStep({ backend: 'local', 'local-dir': tmp() }, jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER }));
    await ccacheMain(main.step, { executorFor: () => inContainer });
    expect(main.log()).not.toContain('::warning');
    expect(main.outputs().launcher).toBe(CCACHE);
  });
});

describe('toolchain id', () => {
  it('adds a hash of the image id (ASWF_CI_CONTAINER_IMAGE_ID) to the image reference', async () => {
    const exec = fakeExecutor('host', {});
    const plain = await detectToolchain(exec, IMAGE);
    const a = await detectToolchain(exec, { ...IMAGE, ASWF_CI_CONTAINER_IMAGE_ID: 'sha256:' + 'a'.repeat(64) });
    const b = await detectToolchain(exec, { ...IMAGE, ASWF_CI_CONTAINER_IMAGE_ID: 'sha256:' + 'b'.repeat(64) });
    expect(plain.id).toMatch(/^ci_base_2025\.[0-9a-f]{8}$/);
    expect(a.id).toMatch(new RegExp(`^${plain.id.replace(/\./g, '\\.')}\\.[0-9a-f]{8}$`));
    expect(b.id).not.toBe(a.id);
    expect(a.id).not.toContain('-');
  });

  const vswhere = 'C:\\Program Files (x86)\\Microsoft Visual Studio\\Installer\\vswhere.exe';
  const winEnv = { 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
  it.each<[string, Record<string, string>, Handler, RegExp | string]>([
    [
      'no cl on PATH: the newest Visual Studio, by vswhere',
      { 'g++': 'C:\\Strawberry\\c\\bin\\g++.exe' },
      (argv) => (argv[0] === vswhere && argv.includes('catalog_productDisplayVersion') ? ok('17.9.2\r\n') : undefined),
      'msvc17.9.2',
    ],
    [
      'no display version: the installation version',
      {},
      (argv) => (argv[0] === vswhere ? ok(argv.includes('installationVersion') ? '17.9.34607.119\r\n' : '') : undefined),
      'msvc17.9.34607.119',
    ],
    [
      'cl on PATH: its banner',
      { cl: 'C:\\VS\\bin\\cl.exe' },
      (argv) => (argv[0] === 'C:\\VS\\bin\\cl.exe' ? { exitCode: 0, stdout: '', stderr: 'Microsoft (R) C/C++ Optimizing Compiler Version 19.38.33133 for x64\r\n' } : undefined),
      /^msvc19\.38\.33133\.[0-9a-f]{8}$/,
    ],
    [
      'no vswhere at all',
      {},
      (argv) => {
        if (argv[0] === vswhere) throw new Error(`'${vswhere}' was not found`);
        return undefined;
      },
      'nocompiler',
    ],
  ])('Windows: %s', async (_name, programs, handler, id) => {
    const exec = fakeExecutor('host', programs, handler);
    const found = await detectToolchain(exec, winEnv, 'win32');
    if (typeof id === 'string') expect(found.id).toBe(id);
    else expect(found.id).toMatch(id);
    // MinGW's g++ on a hosted runner's PATH is not what the cmake action compiles with.
    expect(exec.commands.some((c) => /g\+\+/.test(c[0]!))).toBe(false);
    if (id === 'msvc17.9.2') {
      expect(exec.commands[0]).toEqual([vswhere, '-latest', '-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-property', 'catalog_productDisplayVersion']);
    }
  });
});

describe("GitHub's key limits", () => {
  it('refuses a full key over 512 characters, and more than 10 keys, naming the input', () => {
    expect(() => checkKeyLimits('k'.repeat(513), [], 'long')).toThrow(InputError);
    expect(() => checkKeyLimits('k'.repeat(513), [], 'long')).toThrow(/Input 'key' has an invalid value "long": expected a shorter key: the cache key k+ has 513 characters, GitHub's cache takes at most 512/);
    expect(() => checkKeyLimits('k', Array.from({ length: 10 }, (_, i) => `r${i}-`), '')).toThrow(/Input 'restore-keys' .*11 keys, GitHub's cache takes at most 10/);
    expect(() => checkKeyLimits('k'.repeat(512), Array.from({ length: 9 }, (_, i) => `r${i}-`), '')).not.toThrow();
  });
});

describe('a container that wrote the cache as another user (user: root)', () => {
  it('the post step gives the ccache folder back to the runner (chown as root in the container) before moving it to save', async () => {
    const atChown: boolean[] = [];
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler());
    // Whether the files were still in the ccache folder (not yet moved to the staging folder) when chown ran.
    const onHost = fakeExecutor('host', {}, (argv) => (atChown.push(existsSync(join(argv[argv.length - 1]!, 'compiled-object'))), undefined));
    const env = jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER, DOCKER_HOST: 'unix:///run/other.sock' });
    const localDir = tmp('aswf-ccache-run-local-');
    const inputs = { backend: 'local', 'local-dir': localDir };
    const main = makeStep(inputs, env);
    await ccacheMain(main.step, { executorFor: (c) => (c ? inContainer : onHost) });
    const dir = main.outputs()['ccache-dir']!;
    writeFileSync(join(dir, 'compiled-object'), 'a result ccache stored');
    const post = makeStep(inputs, { ...env, ...main.exported(), STATE_ccache: main.state().ccache! });
    // The files are this process's; a runner of another uid sees them as the container's.
    await ccachePost(post.step, { executorFor: (c) => (c ? inContainer : onHost), hostUser: { uid: 4242, gid: 4343 } });
    expect(onHost.commands).toEqual([['docker', 'exec', '--user', '0:0', CONTAINER, 'chown', '-R', '-h', '4242:4343', dir]]);
    expect(atChown).toEqual([true]);
    expect(post.log()).toContain(`Gave ${dir} back to 4242:4343`);
    expect(post.summary()).toContain('saved as');
  });

  it('a chown that fails is a warning, and the save still goes on', async () => {
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler());
    const onHost = fakeExecutor('host', {}, () => fail('chown: operation not permitted'));
    const env = jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER });
    const inputs = { backend: 'local', 'local-dir': tmp('aswf-ccache-run-local-') };
    const main = makeStep(inputs, env);
    await ccacheMain(main.step, { executorFor: (c) => (c ? inContainer : onHost) });
    writeFileSync(join(main.outputs()['ccache-dir']!, 'compiled-object'), 'x');
    const post = makeStep(inputs, { ...env, ...main.exported(), STATE_ccache: main.state().ccache! });
    await ccachePost(post.step, { executorFor: (c) => (c ? inContainer : onHost), hostUser: { uid: 4242, gid: 4343 } });
    expect(post.log()).toMatch(/::warning::Could not give .* back to 4242:4343 \(exit code 1: chown: operation not permitted\)/);
    expect(post.summary()).toContain('saved as');
  });
});

describe('the "not mounted" warning', () => {
  it('advises the default ccache-dir or a mount through container-options, never a ccache step before the container', async () => {
    const inContainer = fakeExecutor(`container ${CONTAINER.slice(0, 12)}`, { ccache: CCACHE }, ccacheHandler((argv) => (argv[0] === 'test' ? fail() : undefined)));
    const dir = join(tmp(), 'elsewhere');
    const main = makeStep({ backend: 'local', 'local-dir': tmp(), 'ccache-dir': dir }, jobEnv({ ...IMAGE, ASWF_CI_CONTAINER: CONTAINER }));
    await ccacheMain(main.step, { executorFor: () => inContainer });
    const warning = main.log().split('\n').find((l) => l.startsWith('::warning::'))!;
    expect(warning).toContain('Use the default ccache-dir (in RUNNER_TEMP, which the container action mounts)');
    expect(warning).toContain(`mount ${dir} into the container at the same path with the container action's container-options (two lines: --volume and ${dir}:${dir})`);
    expect(warning).not.toMatch(/before the container/);
  });
});

describe('a restore that times out does not keep the step alive', () => {
  it('main returns after the timeout while the restore still runs (and holds the event loop), and the entry point then exits', async () => {
    let stalled: NodeJS.Timeout | undefined;
    const cacheService = async () => ({
      // A stalled download: a pending socket keeps the event loop alive, as a ref'd timer does here.
      restoreCache: () => new Promise<string | undefined>(() => void (stalled = setInterval(() => undefined, 1000))),
      saveCache: async () => 1,
    });
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler());
    const main = makeStep({}, jobEnv({ ...IMAGE, ACTIONS_CACHE_URL: 'https://cache.invalid/' }));
    try {
      await ccacheMain(main.step, { exec, cacheService, restoreTimeoutMs: 100 });
    } finally {
      clearInterval(stalled);
    }
    expect(main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service took longer than 0\.1 s \(the limit\)/);
    expect(main.outputs()).toMatchObject({ 'cache-hit': 'failed', launcher: CCACHE });
    expect(JSON.parse(main.state().ccache!)).toMatchObject({ restoreTimedOut: true });
    // dist/<action>.js and dist/<action>-post.js call process.exit() once run() returns: the restore given up on
    // ends with the step.
    const build = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'build.mjs'), 'utf8');
    expect(build).toContain("await run('${name}', '${phase}');\\nprocess.exit();\\n");
  });
});

describe('ccache-dir that would hold the checkout, or cannot be made', () => {
  const attempt = async (ccacheDir: (ws: string) => string) => {
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler());
    const env = jobEnv();
    const main = makeStep({ backend: 'local', 'local-dir': tmp(), 'ccache-dir': ccacheDir(env.GITHUB_WORKSPACE!) }, env);
    const error = await ccacheMain(main.step, { exec }).then(
      () => undefined,
      (err: unknown) => err,
    );
    return { error, main };
  };

  it.each<[string, (ws: string) => string]>([
    ['.', () => '.'],
    ['the workspace', (ws) => ws],
    ['the workspace with a trailing slash', (ws) => `${ws}/`],
    ['a parent of the workspace', () => '..'],
    ['the root', () => '/'],
  ])('refuses %s: a restore would overwrite the checkout, a save would store .git/config', async (_name, dir) => {
    const { error, main } = await attempt(dir);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('ccache-dir');
    expect((error as Error).message).toMatch(/never the workspace or a folder above it/);
    expect(main.outputs().launcher).toBeUndefined();
  });

  it('accepts a folder inside the workspace', async () => {
    const { error, main } = await attempt(() => '.ccache');
    expect(error).toBeUndefined();
    expect(main.outputs()['ccache-dir']).toBe(join(main.env.GITHUB_WORKSPACE!, '.ccache'));
  });

  it('a path too long for the file system (ENAMETOOLONG) is one line naming the input, not an unexpected error', async () => {
    const { error } = await attempt((ws) => join(ws, 'x'.repeat(300)));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^Input 'ccache-dir' has an invalid value ".*": expected a folder that can be made \(the path is too long for the file system\)/);
  });

  it('a path under a file is one line naming the input', async () => {
    const { error } = await attempt((ws) => (writeFileSync(join(ws, 'file'), ''), join(ws, 'file', 'ccache')));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/a file is in the way/);
  });
});

describe('a ccache-dir with CR/LF', () => {
  it('reaches the log on one line: no line of output starts a workflow command', async () => {
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler());
    const env = jobEnv();
    const main = makeStep({ backend: 'local', 'local-dir': tmp(), 'ccache-dir': 'cc\r\n::warning::injected\n::error::x' }, env);
    await ccacheMain(main.step, { exec });
    expect(main.log()).toContain('cache folder ' + join(env.GITHUB_WORKSPACE!, 'cc\\r\\n::warning::injected'));
    expect(main.log().split('\n').filter((l) => /^\s*::(warning|error)::(injected|x)/.test(l))).toEqual([]);
  });
});

describe('the summary tells what the post step did', () => {
  it('shows the files and size after eviction: what is saved', async () => {
    let evicted = false;
    const after = ['cache_miss\t3', 'direct_cache_hit\t1', 'files_in_cache\t2', 'cache_size_kibibyte\t8'].join('\n');
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler((argv) => {
      if (argv[1] === '--evict-older-than') evicted = true;
      return argv[1] === '--print-stats' && evicted ? ok(after) : undefined;
    }));
    const env = jobEnv();
    const { post } = await mainThenPost(env, (exported) => ({ ...env, ...exported }), () => exec);
    expect(evicted).toBe(true);
    expect(post.summary()).toContain('| Files | 2 |');
    expect(post.summary()).not.toContain('| Files | 6 |');
    expect(post.summary()).toContain('saved as');
  });

  it('an incremental build that compiled nothing says "nothing compiled" in the log and the summary alike', async () => {
    const none = ['cache_miss\t0', 'direct_cache_hit\t0', 'files_in_cache\t6', 'cache_size_kibibyte\t24'].join('\n');
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler((argv) => (argv[1] === '--print-stats' ? ok(none) : undefined)));
    const env = jobEnv();
    const { post } = await mainThenPost(env, (exported) => ({ ...env, ...exported }), () => exec);
    expect(post.log()).toContain('Not saving the cache: nothing compiled: nothing new to save.');
    expect(post.log()).not.toContain('every compilation was a cache hit');
    expect(post.summary()).toContain('### ccache: nothing compiled');
  });

  it("takes CMake's configure-time compilations (the cmake action's snapshot) off the hits and misses", async () => {
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler());
    const env = jobEnv();
    // STATS: 1 hit, 3 misses in all; configure accounted for 1 hit and 2 misses.
    const { post } = await mainThenPost(env, (exported) => ({ ...env, ...exported, ASWF_CI_CCACHE_CONFIGURE_STATS: '1 2' }), () => exec);
    expect(post.summary()).toContain('| Hits | 0 |');
    expect(post.summary()).toContain('| Misses | 1 |');
    expect(post.summary()).toContain("| CMake's configure-time checks | 3 compilations (not counted above) |");
    expect(post.log()).toContain("ccache: 0 hits, 1 misses (0.0 % hits), 6 files, 24 KiB (not counting 3 compilations of CMake's configure-time checks).");
  });

  it('an exact hit that gave no cache hit is saved again, under <primary>.repaired (the primary key exists)', async () => {
    const exec = fakeExecutor('host', { ccache: CCACHE }, ccacheHandler((argv) => (argv[1] === '--print-stats' ? ok(['cache_miss\t3', 'files_in_cache\t6'].join('\n')) : undefined)));
    const env = jobEnv();
    const localDir = tmp('aswf-ccache-run-local-');
    // An entry under this run's own key that holds nothing ccache can use.
    const seed = makeStep({ backend: 'local', 'local-dir': localDir }, env);
    await ccacheMain(seed.step, { exec });
    const primary = seed.outputs()['primary-key']!;
    const junk = tmp();
    writeFileSync(join(junk, 'not-a-ccache-file'), 'x');
    await new LocalBackend(localDir, 1e9).save(junk, primary);
    const { main, post } = await mainThenPost(env, (exported) => ({ ...env, ...exported }), () => exec, { 'local-dir': localDir });
    expect(main.outputs()).toMatchObject({ 'cache-hit': 'exact', 'exact-hit': 'true' });
    expect(post.log()).toContain(`Saving ${primary}.repaired: the entry restored under this run's key gave no cache hit (3 new results): saving a repaired entry.`);
    expect(new LocalBackend(localDir, 1e9).entries().map((e) => e.key)).toContain(`${primary}.repaired`);
  });
});
