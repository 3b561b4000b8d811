import { describe, expect, it } from '@jest/globals';
import { environmentChanges, vcvarsArch, vcvarsCommand } from '../../src/cmake/msvc.js';

describe('MSVC developer environment', () => {
  it('runs vcvarsall through cmd.exe with the path quoted inside /s /c quotes', () => {
    expect(vcvarsCommand('C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\VC\\Auxiliary\\Build\\vcvarsall.bat', 'x64')).toEqual([
      'cmd.exe',
      '/d',
      '/s',
      '/c',
      '""C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\VC\\Auxiliary\\Build\\vcvarsall.bat" x64 >nul && set"',
    ]);
    expect(() => vcvarsCommand('C:\\odd"&calc.exe\\vcvarsall.bat', 'x64')).toThrow(/cmd.exe metacharacters/);
  });

  it.each([
    ['x64', 'x64'],
    ['arm64', 'arm64'],
    ['ia32', 'x86'],
  ])('node arch %s → vcvarsall %s', (arch, expected) => {
    expect(vcvarsArch(arch)).toBe(expected);
  });

  it('keeps the variables vcvarsall added or changed (names compared without case, as Windows does)', () => {
    const before = { Path: 'C:\\Windows', TEMP: 'C:\\Temp', OS: 'Windows_NT' };
    const after = ['PATH=C:\\VS\\bin;C:\\Windows', 'TEMP=C:\\Temp', 'INCLUDE=C:\\VS\\include', 'OS=Windows_NT', '', 'not a variable'].join('\r\n');
    expect(environmentChanges(after, before)).toEqual({ PATH: 'C:\\VS\\bin;C:\\Windows', INCLUDE: 'C:\\VS\\include' });
  });
});
