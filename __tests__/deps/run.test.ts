// The deps action's main step called directly (no bundle), with real git, cmake and ninja on examples/deps: the
// errors a user gets (bad ref, bad URL, failing build, bad YAML...), what is cached then (nothing), cache faults, and
// the save policy.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { UserError, StepFailure } from '../../src/common/errors.js';
import { depsMain, saveAllowed } from '../../src/deps/run.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';
import { Chain, chainYaml, example, git, makeChain } from './chain.js';
import { startCmakeMirror } from '../fixtures/cmake/mirror.js';

let base: string;
let chain: Chain;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'aswf-deps-run-'));
  chain = makeChain(base);
});

function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const cache = mkdtempSync(join(base, 'cache-'));
  const s = makeStep({ 'deps-backend': 'local', 'deps-local-dir': cache, ...inputs }, { GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: base, ...env });
  const exec = capturingExecutor();
  const entries = () => (existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.tgz')) : []);
  return { ...s, exec, cache, entries, go: () => depsMain(s.step, { exec, git: exec }) };
}

describe('deps action: errors name the dependency and cache nothing', () => {
  it('a ref that does not exist: names the dependency, the URL and the ref, before anything is built', async () => {
    const r = run({ dependencies: chainYaml(chain, 'v9.9') });
    const err = await r.go().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(`Dependency 'beta': ref 'v9.9' does not exist in ${chain.url('beta')} (no tag or branch of that name; a commit must be given as its full 40-hex SHA).`);
    expect(r.exec.commands.some((c) => c[0] === 'cmake')).toBe(false);
    expect(r.entries()).toEqual([]);
  }, 60_000);

  it('a URL that is not https/ssh/file, or starts with -, is refused before git runs', async () => {
    for (const url of ['--upload-pack=touch /tmp/pwned', 'http://example.com/x.git', '/some/path', 'ext::sh -c touch% /tmp/pwned', 'ssh://-oProxyCommand=touch% /tmp/pwned/x', 'ssh://git@-oProxyCommand=x/y', 'git@-oProxyCommand=x:y']) {
      const r = run({ dependencies: `- name: x\n  git: ${JSON.stringify(url)}\n  ref: main\n` });
      const err = await r.go().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/^Input 'dependencies', dependency 'x': git ".*" is not a git URL this action fetches: expected https:\/\/, ssh:\/\/, git:\/\/, file:\/\/ or user@host:path, with no host or user starting with -\.$/);
      expect(r.exec.commands).toEqual([]);
    }
  });

  it('a failing build names the dependency, shows its log in a group and the summary, caches nothing, builds nothing after it', async () => {
    const r = run({ dependencies: chainYaml(chain, 'v1', '\n  cmake-args: [-DALPHA_FAIL=ON]') });
    const err = await r.go().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StepFailure);
    expect((err as Error).message).toMatch(/^Dependency 'alpha' \(main at [0-9a-f]{12}\) failed to build: cmake exited with code 1; its log is in the group "Build alpha" above\.$/);
    expect(r.log()).toMatch(/::group::Build alpha \(main at [0-9a-f]{12}\) on the host/);
    expect(r.exec.lines.join('\n')).toContain('this build fails on purpose');
    expect(r.summary()).toContain('### ❌ Dependencies: 0 built, 0 restored');
    expect(r.summary()).toMatch(/\| alpha \| main → <code>[0-9a-f]{12}<\/code> \| ❌ failed \|/);
    expect(r.summary()).toMatch(/\| beta \| v1 → <code>[0-9a-f]{12}<\/code> \| ⏭️ not built \|/);
    expect(r.summary()).toContain('this build fails on purpose');
    expect(r.outputs()).toMatchObject({ built: '[]', restored: '[]' });
    expect(r.entries()).toEqual([]);
  }, 120_000);

  it('a dependency that installs nothing is an error naming it, not a crash', async () => {
    const dir = join(base, 'git', 'noinstall');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.16)\nproject(noinstall NONE)\n');
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'no install rules']);
    const r = run({ dependencies: `- name: noinstall\n  git: file://${dir}\n` });
    const err = await r.go().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StepFailure);
    expect((err as Error).message).toMatch(/^Dependency 'noinstall' \(HEAD at [0-9a-f]{12}\) installed nothing: cmake --install wrote no file under .*\. Does its CMakeLists\.txt have install\(\) rules\?$/);
    expect(r.entries()).toEqual([]);
  }, 60_000);

  it('bad YAML names its line; unknown keys, duplicate names, bad options and unknown manager prefixes are one clear line', async () => {
    const cases: [Record<string, string>, string | RegExp][] = [
      [{ dependencies: '- name: a\n  git: file:///x\n  ref: [main\n' }, /^Input 'dependencies' is not valid YAML \(line 3\): /],
      [{ dependencies: '- name: a\n  git: file:///x\n  branch: main\n' }, "Input 'dependencies', dependency 'a' has an unknown key 'branch': the keys are name, git, ref, options, source-subdir, cmake-args, submodules."],
      [{ dependencies: '- name: a\n  git: file:///x\n- name: a\n  git: file:///y\n' }, "Input 'dependencies': two dependencies are named 'a': names must be unique."],
      [{ dependencies: '- name: a\n  git: file:///x\n  options: [-DFOO=1]\n' }, `Input 'dependencies', dependency 'a': option "-DFOO=1" must be NAME=VALUE or NAME:TYPE=VALUE (one -D entry each).`],
      [{ dependencies: '- name: a\n  git: file:///x\n  ref: --output=x\n' }, `Input 'dependencies', dependency 'a': ref "--output=x" is not a git ref: expected a tag, a branch or a full commit.`],
      [{ packages: 'zypper: foo' }, `Input 'packages' has an invalid value "zypper: foo": expected a package name, or a manager prefix apt, dnf, yum, apk, brew, choco, pip (as in dnf: zlib-devel); 'zypper' is not a known manager.`],
      [{ packages: 'apt: -o=APT::X=1' }, /^Input 'packages' has an invalid value "apt: -o=APT::X=1": expected package names .*'-o=APT::X=1' is not one\.$/],
      [{ 'dependencies-file': 'nope.yml' }, /^Input 'dependencies-file' has an invalid value "nope.yml": expected a YAML file in the repository/],
    ];
    for (const [inputs, message] of cases) {
      const r = run(inputs);
      const err = await r.go().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      if (typeof message === 'string') expect((err as Error).message).toBe(message);
      else expect((err as Error).message).toMatch(message);
      expect(r.exec.commands).toEqual([]);
    }
  });
});

describe('deps action: entries', () => {
  it('a full commit is taken as is, source-subdir and cmake-args reach the build, no ref means the default branch', async () => {
    const mono = join(base, 'git', 'mono');
    cpSync(example('alpha'), join(mono, 'libs', 'alpha'), { recursive: true });
    git(mono, ['init', '-q', '-b', 'trunk']);
    git(mono, ['add', '-A']);
    git(mono, ['commit', '-q', '-m', 'mono']);
    const sha = git(mono, ['rev-parse', 'HEAD']);
    git(mono, ['commit', '-q', '--allow-empty', '-m', 'later']);
    const r = run({
      dependencies: `- name: alpha\n  git: file://${mono}\n  ref: ${sha}\n  source-subdir: libs/alpha\n  cmake-args: [-DCMAKE_INSTALL_LIBDIR=alphalib]\n- name: beta\n  git: ${chain.url('beta')}\n`,
    });
    await r.go();
    const listed = JSON.parse(r.outputs().dependencies!) as { name: string; ref: string; commit: string }[];
    expect(listed[0]).toMatchObject({ name: 'alpha', ref: sha, commit: sha });
    expect(listed[1]).toMatchObject({ name: 'beta', ref: 'HEAD', commit: git(chain.beta, ['rev-parse', 'main']) });
    // No ls-remote for a full commit; the shallow fetch asked for exactly it.
    expect(r.exec.commands.filter((c) => c.includes('ls-remote')).map((c) => c[c.length - 1])).toEqual(['HEAD']);
    expect(r.exec.commands).toContainEqual(['git', '-C', expect.stringContaining('alpha'), 'fetch', '--depth', '1', '--no-tags', 'origin', sha]);
    const prefix = r.outputs().prefix!;
    expect(existsSync(join(prefix, 'alphalib', 'cmake', 'alpha', 'alphaConfig.cmake'))).toBe(true);
    expect(existsSync(join(prefix, 'lib', 'cmake', 'beta', 'betaConfig.cmake'))).toBe(true);
  }, 120_000);
});

describe('deps action: submodules', () => {
  it('submodules: true fetches them (shallow) at the commit the superproject records', async () => {
    const sup = join(base, 'git', 'super');
    mkdirSync(sup, { recursive: true });
    git(sup, ['init', '-q', '-b', 'main']);
    // git refuses file:// submodules unless allowed (protocol.file.allow, since 2.38.1): allowed for this test only.
    const saved = { GIT_CONFIG_PARAMETERS: process.env.GIT_CONFIG_PARAMETERS };
    process.env.GIT_CONFIG_PARAMETERS = "'protocol.file.allow'='always'";
    try {
      git(sup, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', chain.url('alpha'), 'vendor/alpha']);
      git(sup, ['commit', '-q', '-m', 'alpha as a submodule']);
      const yaml = (submodules: boolean) => `- name: alpha\n  git: file://${sup}\n  ref: main\n  source-subdir: vendor/alpha\n  submodules: ${submodules}\n`;
      const without = run({ dependencies: yaml(false) });
      expect(await without.go().catch((e: unknown) => (e as Error).message)).toMatch(/^Dependency 'alpha' \(main at [0-9a-f]{12}\) failed to configure/);
      const withSubs = run({ dependencies: yaml(true) });
      await withSubs.go();
      expect(withSubs.outputs().built).toBe('["alpha"]');
      expect(withSubs.exec.commands).toContainEqual(['git', '-C', expect.stringContaining('alpha'), 'submodule', 'update', '--init', '--recursive', '--depth', '1']);
    } finally {
      if (saved.GIT_CONFIG_PARAMETERS === undefined) delete process.env.GIT_CONFIG_PARAMETERS;
      else process.env.GIT_CONFIG_PARAMETERS = saved.GIT_CONFIG_PARAMETERS;
    }
  }, 120_000);
});

describe('deps action: the cache', () => {
  it('dependencies-file: a corrupt entry and an unwritable cache folder are warnings, the dependency is built', async () => {
    const file = join(base, 'deps.yml');
    writeFileSync(file, `dependencies:\n${chainYaml(chain, 'v1').replace(/^/gm, '  ')}`);
    // One prefix for the three runs (it is part of the key: installed files may embed it).
    const prefix = join(base, 'prefix');
    const first = run({ 'dependencies-file': 'deps.yml', prefix });
    await first.go();
    const keys = (JSON.parse(first.outputs().dependencies!) as { key: string }[]).map((d) => d.key);
    expect(first.entries().sort()).toEqual(keys.map((k) => `${k}.tgz`).sort());
    // A corrupt entry under alpha's key: restoring it fails, alpha is built (and beta, whose entry is fine, restored).
    const second = run({ 'dependencies-file': 'deps.yml', prefix, 'deps-local-dir': join(base, 'corrupt') });
    mkdirSync(join(base, 'corrupt'), { recursive: true });
    writeFileSync(join(base, 'corrupt', `${keys[0]}.tgz`), 'not a tar file');
    writeFileSync(join(base, 'corrupt', `${keys[1]}.tgz`), readFileSync(join(first.cache, `${keys[1]}.tgz`)));
    await second.go();
    expect(second.log()).toMatch(/::warning::Restoring dependency 'alpha' from the folder .* failed after .*: TAR_BAD_ARCHIVE.*\. It is built instead\./);
    expect(second.outputs().built).toBe('["alpha"]');
    expect(second.outputs().restored).toBe('["beta"]');
    // A cache folder that cannot be made (a file is in the way): the save fails with a warning; the step succeeds.
    writeFileSync(join(base, 'a-file'), '');
    const third = run({ 'dependencies-file': 'deps.yml', prefix, 'deps-local-dir': join(base, 'a-file', 'cache') });
    await third.go();
    expect(third.log()).toMatch(/::warning::Saving dependency 'alpha' to the folder .* failed \(.*\): the next run builds it again\./);
    expect(third.outputs().built).toBe('["alpha","beta"]');
    // Later steps see the prefix.
    expect(third.outputs().prefix).toBe(prefix);
    expect(third.exported()).toMatchObject({ CMAKE_PREFIX_PATH: prefix, PKG_CONFIG_PATH: expect.stringContaining(join(prefix, 'lib', 'pkgconfig')) });
    expect(third.exported().LD_LIBRARY_PATH!.split(':').slice(0, 2)).toEqual([join(prefix, 'lib'), join(prefix, 'lib64')]);
  }, 240_000);

  it('saves only on trusted events under the default policy', () => {
    expect(saveAllowed('auto', { GITHUB_EVENT_NAME: 'push' })).toMatchObject({ save: true });
    expect(saveAllowed('auto', { GITHUB_EVENT_NAME: 'pull_request' })).toEqual({ save: false, reason: 'the event pull_request may run code a contributor chose: restore only' });
    expect(saveAllowed('auto', { GITHUB_EVENT_NAME: 'pull_request_target' })).toMatchObject({ save: false });
    expect(saveAllowed('auto', {})).toMatchObject({ save: false });
    expect(saveAllowed('default-branch', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature' })).toMatchObject({ save: false });
    expect(saveAllowed('default-branch', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' })).toMatchObject({ save: true });
    expect(saveAllowed('always', { GITHUB_EVENT_NAME: 'pull_request' })).toMatchObject({ save: true });
    expect(saveAllowed('never', { GITHUB_EVENT_NAME: 'push' })).toMatchObject({ save: false });
  });

  it('a pull request restores but saves nothing', async () => {
    const r = run({ dependencies: chainYaml(chain, 'v1') }, { GITHUB_EVENT_NAME: 'pull_request' });
    await r.go();
    expect(r.outputs().built).toBe('["alpha","beta"]');
    expect(r.entries()).toEqual([]);
    expect(r.summary()).toContain('not saved: the event pull\\_request may run code a contributor chose: restore only');
  }, 240_000);
});

describe('deps action: cmake-version', () => {
  it('builds the dependencies with the pinned CMake (a loopback mirror of the release download), part of their keys', async () => {
    const mirror = await startCmakeMirror();
    try {
      const toolCache = mkdtempSync(join(base, 'tool-cache-'));
      const r = run({ dependencies: chainYaml(chain, 'v1'), 'cmake-version': mirror.real }, { ASWF_CMAKE_DOWNLOAD_URL: mirror.url, RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: base });
      await r.go();
      expect(r.log()).toMatch(new RegExp(`Using CMake ${mirror.real.replace(/\./g, '\\.')}: ${toolCache.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*/bin/cmake`));
      // Every configure, build and install of both dependencies ran the pinned cmake, not the one on PATH.
      const cmakeRuns = r.exec.commands.filter((c) => /(^|\/)cmake$/.test(c[0]!) && ['-S', '--build', '--install'].includes(c[1]!));
      expect(cmakeRuns.length).toBe(6);
      for (const c of cmakeRuns) expect(c[0]!.startsWith(toolCache)).toBe(true);
      expect(r.outputs().built).toBe('["alpha","beta"]');
      // A pinned release is part of the keys: the same chain with the cmake on PATH has other keys.
      const plain = run({ dependencies: chainYaml(chain, 'v1') });
      await plain.go();
      const keys = (o: Record<string, string>) => (JSON.parse(o.dependencies!) as { key: string }[]).map((d) => d.key);
      expect(keys(plain.outputs())).not.toEqual(keys(r.outputs()));
    } finally {
      await mirror.close();
    }
  }, 180_000);

  it('a cmake-version below 3.13 is refused before anything runs', async () => {
    const r = run({ dependencies: chainYaml(chain, 'v1'), 'cmake-version': '3.12.4' });
    await expect(r.go()).rejects.toThrow(`Input 'cmake-version' has an invalid value "3.12.4": expected CMake 3.13 or newer (the action configures with -S and -B).`);
    expect(r.exec.commands).toEqual([]);
  });
});
