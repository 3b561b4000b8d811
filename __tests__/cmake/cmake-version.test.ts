import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InputError, UserError } from '../../src/common/errors.js';
import { archiveCandidates, binDirOf, chooseArchive, parseSha256List, withTools } from '../../src/cmake/cmake-version.js';
import { runCmake } from '../../src/cmake/run.js';
import { CmakeMirror, startCmakeMirror } from '../fixtures/cmake/mirror.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';

// A loopback HTTP server stands in for Kitware's release downloads, serving an archive of this machine's real cmake.
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `aswf-cmake-${name}-`));

describe('cmake-version with a local mirror of the release downloads', () => {
  let mirror: CmakeMirror;
  let url: string;
  let real: string;
  let arch: string;
  let requests: string[];
  const savedEnv = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
  const toolCache = tmp('toolcache');

  beforeAll(async () => {
    mirror = await startCmakeMirror();
    ({ url, real, arch, requests } = mirror);
    // A release whose archive does not match its list; one whose first answer to each file is a server error.
    mirror.releases.set('3.99.1', { archive: mirror.archive, list: mirror.list('3.99.1', createHash('sha256').update('tampered').digest('hex')) });
    mirror.releases.set('3.98.0', { archive: mirror.archive, list: mirror.list('3.98.0'), failFirst: 503 });
    // @actions/tool-cache reads these from the process environment.
    process.env.RUNNER_TOOL_CACHE = toolCache;
    process.env.RUNNER_TEMP = tmp('runner-temp');
  }, 60_000);

  afterAll(async () => {
    await mirror.close();
    for (const [k, v] of Object.entries(savedEnv)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  /** A project that configures in no time: no languages, one test that runs cmake -E. */
  function project(): string {
    const dir = tmp('project');
    writeFileSync(join(dir, 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.14)\nproject(pinned NONE)\nmessage(STATUS "configured by ${CMAKE_COMMAND} ${CMAKE_VERSION}")\nenable_testing()\nadd_test(NAME ctest_runs COMMAND ${CMAKE_COMMAND} -E echo pinned)\n');
    return dir;
  }

  const step = (version: string) => {
    const dir = project();
    return makeStep({ 'source-dir': dir, 'build-dir': join(dir, 'build'), 'cmake-version': version }, { ASWF_CMAKE_DOWNLOAD_URL: url, RUNNER_TOOL_CACHE: toolCache });
  };

  it('downloads, verifies and caches the release, then runs that cmake and ctest for every phase', async () => {
    const s = step(real);
    const exec = capturingExecutor();
    await runCmake(s.step, { exec });
    const bin = join(toolCache, 'cmake', real, `linux-${arch}`, 'bin');
    expect(requests).toEqual([`/v${real}/cmake-${real}-SHA-256.txt`, `/v${real}/cmake-${real}-linux-${arch}.tar.gz`]);
    expect(exec.commands.map((c) => c[0])).toEqual([join(bin, 'cmake'), join(bin, 'cmake'), join(bin, 'cmake'), join(bin, 'ctest')]);
    expect(exec.commands[0]).toEqual([join(bin, 'cmake'), '--version']);
    // The log shows the version of the cmake that ran, and configure saw it as CMAKE_COMMAND.
    expect(exec.lines).toContain(`cmake version ${real}`);
    expect(exec.lines).toContain(`-- configured by ${join(bin, 'cmake')} ${real}`);
    expect(s.log()).toContain(`SHA-256 ${createHash('sha256').update(mirror.archive).digest('hex')} matches cmake-${real}-SHA-256.txt.`);
    expect(s.log()).toContain(`Using CMake ${real}: ${join(bin, 'cmake')}`);
    expect(s.log()).toContain(`::group::Test: ${join(bin, 'ctest')} -C Release`);
    expect(s.outputs()).toMatchObject({ cmake: join(bin, 'cmake'), 'tests-passed': '1' });
    // Later steps on the host find the same cmake first on PATH.
    expect(readFileSync(s.env.GITHUB_PATH!, 'utf8').trim()).toBe(bin);
    expect(existsSync(`${join(toolCache, 'cmake', real, `linux-${arch}`)}.complete`)).toBe(true);

    // A second job finds it in the tool cache: nothing is downloaded.
    requests.length = 0;
    const again = step(real);
    await runCmake(again.step, { exec: capturingExecutor() });
    expect(requests).toEqual([]);
    expect(again.log()).toContain(`CMake ${real} (linux-${arch}) is in the tool cache`);
  }, 60_000);

  it('retries server errors, and warns when the archive reports another version than asked', async () => {
    // @actions/tool-cache waits 10-20 s between attempts; its test hook makes that 0.
    const g = globalThis as Record<string, unknown>;
    g.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0;
    g.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0;
    try {
      requests.length = 0;
      const s = step('3.98.0');
      await runCmake(s.step, { exec: capturingExecutor() });
      expect(requests).toEqual([
        '/v3.98.0/cmake-3.98.0-SHA-256.txt',
        '/v3.98.0/cmake-3.98.0-SHA-256.txt',
        `/v3.98.0/cmake-3.98.0-linux-${arch}.tar.gz`,
        `/v3.98.0/cmake-3.98.0-linux-${arch}.tar.gz`,
      ]);
      expect(s.log()).toContain(`::warning::cmake-version is 3.98.0 but ${join(toolCache, 'cmake', '3.98.0', `linux-${arch}`, 'bin', 'cmake')} --version says ${real}.`);
    } finally {
      delete g.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS;
      delete g.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS;
    }
  }, 60_000);

  it('an archive that does not match the published SHA-256 fails, and nothing is cached or run', async () => {
    const s = step('3.99.1');
    const exec = capturingExecutor();
    const err = await runCmake(s.step, { exec }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(new RegExp(`^The download of cmake-3\\.99\\.1-linux-${arch}\\.tar\\.gz does not match cmake-3\\.99\\.1-SHA-256\\.txt: SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}\\. Nothing was used\\.$`));
    expect(exec.commands).toEqual([]);
    expect(existsSync(join(toolCache, 'cmake', '3.99.1'))).toBe(false);
  });

  it('a version Kitware never released is a clear input error naming it', async () => {
    const s = step('3.14.99');
    const exec = capturingExecutor();
    const err = await runCmake(s.step, { exec }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `Input 'cmake-version' has an invalid value "3.14.99": expected a released CMake version: ${url}/v3.14.99/cmake-3.14.99-SHA-256.txt does not exist (see https://cmake.org/files/ or github.com/Kitware/CMake/releases).`,
    );
    expect(exec.commands).toEqual([]);
  });

  it.each(['3.14', 'latest', '3.14.7; rm -rf /', 'v3.14.7'])('cmake-version %j is refused before anything runs', async (version) => {
    const s = step(version);
    const err = await runCmake(s.step, { exec: capturingExecutor() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`Input 'cmake-version' has an invalid value ${JSON.stringify(version)}: expected an exact CMake release such as 3.14.7 or 4.0.3 (X.Y.Z).`);
  });

  it('a release older than the commands need (3.12.4) is refused before anything runs', async () => {
    const s = step('3.12.4');
    const exec = capturingExecutor();
    const err = await runCmake(s.step, { exec }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`Input 'cmake-version' has an invalid value "3.12.4": expected CMake 3.13 or newer (the action configures with -S and -B).`);
    expect(exec.commands).toEqual([]);
  });
});

describe('Kitware release archives', () => {
  // File names as published (cmake-3.14.7-SHA-256.txt, cmake-3.19.8-SHA-256.txt, cmake-4.0.3-SHA-256.txt).
  const sums = (names: string[]) => parseSha256List(names.map((n, i) => `${String(i).repeat(64).slice(0, 64)}  ${n}`).join('\n'));

  it('3.14-era names: Linux-x86_64, Darwin-x86_64, win64-x64', () => {
    const list = sums(['cmake-3.14.7-Darwin-x86_64.tar.gz', 'cmake-3.14.7-Linux-x86_64.tar.gz', 'cmake-3.14.7-win64-x64.zip', 'cmake-3.14.7.tar.gz']);
    expect(chooseArchive('3.14.7', { os: 'linux', arch: 'x86_64' }, list)?.name).toBe('cmake-3.14.7-Linux-x86_64.tar.gz');
    expect(chooseArchive('3.14.7', { os: 'macos', arch: 'x86_64' }, list)?.name).toBe('cmake-3.14.7-Darwin-x86_64.tar.gz');
    expect(chooseArchive('3.14.7', { os: 'windows', arch: 'x86_64' }, list)?.name).toBe('cmake-3.14.7-win64-x64.zip');
    expect(chooseArchive('3.14.7', { os: 'linux', arch: 'aarch64' }, list)).toBeUndefined();
    expect(chooseArchive('3.14.7', { os: 'macos', arch: 'aarch64' }, list)).toBeUndefined();
  });

  it('current names: linux-x86_64/aarch64, macos-universal, windows-x86_64/arm64', () => {
    const list = sums(['cmake-4.0.3-linux-aarch64.tar.gz', 'cmake-4.0.3-linux-x86_64.tar.gz', 'cmake-4.0.3-macos-universal.tar.gz', 'cmake-4.0.3-macos10.10-universal.tar.gz', 'cmake-4.0.3-windows-arm64.zip', 'cmake-4.0.3-windows-x86_64.zip']);
    expect(chooseArchive('4.0.3', { os: 'linux', arch: 'aarch64' }, list)?.name).toBe('cmake-4.0.3-linux-aarch64.tar.gz');
    expect(chooseArchive('4.0.3', { os: 'macos', arch: 'aarch64' }, list)?.name).toBe('cmake-4.0.3-macos-universal.tar.gz');
    expect(chooseArchive('4.0.3', { os: 'windows', arch: 'aarch64' }, list)?.name).toBe('cmake-4.0.3-windows-arm64.zip');
    expect(chooseArchive('4.0.3', { os: 'windows', arch: 'x86_64' }, list)).toEqual({ name: 'cmake-4.0.3-windows-x86_64.zip', sha256: '5'.repeat(64) });
    expect(archiveCandidates('3.19.8', { os: 'macos', arch: 'x86_64' })).toEqual(['cmake-3.19.8-macos-universal.tar.gz', 'cmake-3.19.8-macos10.10-universal.tar.gz', 'cmake-3.19.8-Darwin-x86_64.tar.gz']);
  });

  it('finds cmake in bin/ or in a macOS CMake.app bundle', () => {
    const linux = tmp('linux');
    mkdirSync(join(linux, 'bin'));
    writeFileSync(join(linux, 'bin', 'cmake'), '');
    const mac = tmp('mac');
    mkdirSync(join(mac, 'CMake.app', 'Contents', 'bin'), { recursive: true });
    writeFileSync(join(mac, 'CMake.app', 'Contents', 'bin', 'cmake'), '');
    expect(binDirOf(linux)).toBe(join(linux, 'bin'));
    expect(binDirOf(mac)).toBe(join(mac, 'CMake.app', 'Contents', 'bin'));
    expect(binDirOf(tmp('empty'))).toBeUndefined();
  });

  it('a 3.14 plan builds the install target (no cmake --install before 3.15) and asks ctest for no JUnit file (3.21+)', () => {
    const plan = {
      junit: '/b/ctest-junit.xml',
      phases: [
        { argv: ['ctest', '-C', 'Release', '--output-on-failure', '--output-junit', '/b/ctest-junit.xml', '--parallel', '2'] },
        { argv: ['cmake', '--install', '/b', '--config', 'Release', '--prefix', '/p'] },
      ],
    };
    const old = withTools(plan, { cmake: '/t/cmake', ctest: '/t/ctest', version: '3.14.7' });
    expect(old.phases.map((p) => p.argv)).toEqual([
      ['/t/ctest', '-C', 'Release', '--output-on-failure', '--parallel', '2'],
      ['/t/cmake', '--build', '/b', '--config', 'Release', '--target', 'install'],
    ]);
    expect(old.junit).toBeUndefined();
    const mid = withTools(plan, { cmake: '/t/cmake', ctest: '/t/ctest', version: '3.15.7' });
    expect(mid.phases[1]!.argv).toEqual(['/t/cmake', '--install', '/b', '--config', 'Release', '--prefix', '/p']);
    expect(mid.junit).toBeUndefined();
    const recent = withTools(plan, { cmake: '/t/cmake', ctest: '/t/ctest', version: '4.0.3' });
    expect(recent.phases[0]!.argv).toContain('--output-junit');
    expect(recent.junit).toBe('/b/ctest-junit.xml');
  });

  it('the plan runs the pinned programs, other commands unchanged', () => {
    const plan = { phases: [{ argv: ['cmake', '-S', 'x'] }, { argv: ['ctest', '-C', 'Release'] }, { argv: ['other'] }] };
    expect(withTools(plan, { cmake: '/t/bin/cmake', ctest: '/t/bin/ctest' }).phases.map((p) => p.argv[0])).toEqual(['/t/bin/cmake', '/t/bin/ctest', 'other']);
  });
});
