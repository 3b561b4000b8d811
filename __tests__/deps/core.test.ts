// The deps action's pure parts: which line of ls-remote a ref means, package lines, and what changes a key.
import { describe, expect, it } from '@jest/globals';
import { pickRef } from '../../src/deps/git.js';
import { parsePackageLine } from '../../src/deps/inputs.js';
import { DepKeyParts, depKey } from '../../src/deps/keys.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('pickRef', () => {
  const out = `${A}\trefs/heads/v1\n${B}\trefs/tags/v1\n${C}\trefs/tags/v1^{}\n${A}\trefs/heads/feature/v1\n`;
  it('an annotated tag gives its peeled commit, and a tag wins over a branch of the same name', () => {
    expect(pickRef(out, 'v1')).toEqual({ commit: C, refName: 'refs/tags/v1' });
  });
  it('a branch, a full ref name, HEAD; a name that only ends like a ref is no match', () => {
    expect(pickRef(`${A}\trefs/heads/main\n`, 'main')).toEqual({ commit: A, refName: 'refs/heads/main' });
    expect(pickRef(out, 'refs/heads/v1')).toEqual({ commit: A, refName: 'refs/heads/v1' });
    expect(pickRef(`${B}\tHEAD\n`, 'HEAD')).toEqual({ commit: B, refName: 'HEAD' });
    expect(pickRef(`${A}\trefs/heads/feature/v2\n`, 'v2')).toBeUndefined();
  });
});

describe('parsePackageLine', () => {
  it('a manager prefix, several names, versions; an arch qualifier is not a prefix', () => {
    expect(parsePackageLine('dnf: zlib-devel libtiff-devel')).toMatchObject({ manager: 'dnf', packages: ['zlib-devel', 'libtiff-devel'] });
    expect(parsePackageLine('pip: pybind11==2.13.6')).toMatchObject({ manager: 'pip', packages: ['pybind11==2.13.6'] });
    expect(parsePackageLine('libfoo-dev:amd64')).toMatchObject({ manager: undefined, packages: ['libfoo-dev:amd64'] });
  });
});

describe('depKey', () => {
  const parts: DepKeyParts = {
    cacheVersion: '1', os: 'Linux', arch: 'X64', toolchain: 'gcc12.2.0.1c80f935', name: 'Imath', commit: C, buildType: 'Release', generator: 'Ninja',
    options: ['BUILD_TESTING=OFF'], cmakeArgs: [], submodules: false, prefix: '/home/runner/work/_temp/deps', before: [],
  };
  it('reads as version, OS, arch, toolchain, name, short commit, hash', () => {
    expect(depKey(parts)).toMatch(/^deps-v1-Linux-X64-gcc12\.2\.0\.1c80f935-Imath-cccccccccccc-[0-9a-f]{16}$/);
  });
  it('changes with every part that shapes the installed files, and with the keys before it', () => {
    const key = depKey(parts);
    const changes: Partial<DepKeyParts>[] = [
      { commit: A }, { buildType: 'Debug' }, { generator: 'Unix Makefiles' }, { options: ['BUILD_TESTING=ON'] }, { cmakeArgs: ['-DX=1'] },
      { sourceSubdir: 'src' }, { submodules: true }, { prefix: '/opt/deps' }, { cxxCompiler: 'clang++' }, { toolchainFile: '/t.cmake' },
      { before: ['deps-v1-other'] }, { toolchain: 'clang18.0.0.abcdef12' }, { cacheVersion: '2' },
    ];
    const keys = changes.map((c) => depKey({ ...parts, ...c }));
    expect(new Set([key, ...keys]).size).toBe(changes.length + 1);
    expect(depKey({ ...parts })).toBe(key);
  });
});

describe('the execution seam in a container, as the deps action uses it', () => {
  it('runs as root when asked, passes the exported search paths by name and the container PATH by value', async () => {
    const { ContainerExecutor } = await import('../../src/common/exec.js');
    const stepEnv = { ASWF_CI_CONTAINER_PATH: '/t/deps/bin:/usr/bin', CMAKE_PREFIX_PATH: '/t/deps', LD_LIBRARY_PATH: '/t/deps/lib', PKG_CONFIG_PATH: '/t/deps/lib/pkgconfig', PATH: '/host/bin', HOME: '/root' };
    const exec = new ContainerExecutor('abc123', () => undefined, stepEnv);
    const { args, env } = exec.dockerArgs(['apt-get', 'install', 'hello'], { user: '0:0' });
    expect(args).toEqual([
      'docker', 'exec', '--user', '0:0', '--env', 'PATH=/t/deps/bin:/usr/bin',
      '--env', 'CMAKE_PREFIX_PATH', '--env', 'LD_LIBRARY_PATH', '--env', 'PKG_CONFIG_PATH', 'abc123', 'apt-get', 'install', 'hello',
    ]);
    // The docker client itself keeps the host's PATH and HOME (they are not in the variables it is given).
    expect(env).toEqual({ CMAKE_PREFIX_PATH: '/t/deps', LD_LIBRARY_PATH: '/t/deps/lib', PKG_CONFIG_PATH: '/t/deps/lib/pkgconfig' });
  });

  it("without the deps action's container values, the host's library and pkg-config paths stay outside", async () => {
    const { ContainerExecutor } = await import('../../src/common/exec.js');
    const exec = new ContainerExecutor('abc123', () => undefined, { CMAKE_BUILD_TYPE: 'Release', LD_LIBRARY_PATH: '/host/lib', PKG_CONFIG_PATH: '/host/pc' });
    const { args, env } = exec.dockerArgs(['cmake', '--version']);
    expect(args).toEqual(['docker', 'exec', '--env', 'CMAKE_BUILD_TYPE', 'abc123', 'cmake', '--version']);
    expect(env).toEqual({ CMAKE_BUILD_TYPE: 'Release' });
  });
});
