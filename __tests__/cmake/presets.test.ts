import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { expandPresetMacros, resolvePresets } from '../../src/cmake/presets.js';

const project = fileURLToPath(new URL('../fixtures/projects/presets', import.meta.url));
const hello = fileURLToPath(new URL('../../examples/hello', import.meta.url));

describe('CMake presets', () => {
  it('resolves a configure preset through include and inherits, with matching build and test presets', () => {
    const r = resolvePresets(project, 'ci', { ASWF_PRESET_ROOT: '/tmp/presets-out' });
    expect(r).toEqual({ configure: 'ci', generator: 'Ninja', binaryDir: '/tmp/presets-out/ci', build: 'ci', test: 'ci-tests' });
  });

  it('finds a build preset by its configurePreset field', () => {
    const r = resolvePresets(project, 'multi', {});
    expect(r.generator).toBe('Ninja Multi-Config');
    expect(r.build).toBe('multi-build');
    expect(r.test).toBeUndefined();
    expect(r.binaryDir).toMatch(/fixtures\/projects\/out-multi$/);
  });

  it('an unknown preset names what exists; hidden presets are not offered', () => {
    expect(() => resolvePresets(project, 'release', {})).toThrow(/Input 'preset' names an unknown configure preset "release"; available: ci, multi/);
    expect(() => resolvePresets(project, 'base', {})).toThrow(/unknown configure preset "base"/);
  });

  it('a project without presets files says so', () => {
    expect(() => resolvePresets(hello, 'ci', {})).toThrow(/has no CMakePresets.json or CMakeUserPresets.json/);
  });

  it.each([
    ['${sourceDir}/build/${presetName}', '/src/p/build/ci'],
    ['${sourceParentDir}/${sourceDirName}-out', '/src/p-out'],
    ['$env{HOME}/x', '/home/u/x'],
    ['$penv{HOME}/${dollar}', '/home/u/$'],
    ['${generator}', 'Ninja'],
    ['$vendor{x}', '$vendor{x}'],
  ])('macro %s → %s', (value, expected) => {
    expect(expandPresetMacros(value, { sourceDir: '/src/p', presetName: 'ci', generator: 'Ninja', env: { HOME: '/home/u' } })).toBe(expected);
  });
});
