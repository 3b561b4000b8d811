import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Executor } from '../common/exec.js';
import { Env } from '../common/inputs.js';
import { UserError } from '../common/errors.js';

/** The variables `vcvarsall.bat` changed: the lines of `set` after it, less those equal before it. */
export function environmentChanges(after: string, before: Env): Env {
  const lower = new Map(Object.entries(before).map(([k, v]) => [k.toLowerCase(), v]));
  const changes: Env = {};
  for (const line of after.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const name = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (lower.get(name.toLowerCase()) !== value) changes[name] = value;
  }
  return changes;
}

/** vcvarsall's architecture argument for a Node.js architecture. */
export function vcvarsArch(arch: string): string {
  return arch === 'arm64' ? 'arm64' : arch === 'ia32' ? 'x86' : 'x64';
}

/** vswhere's arguments: the newest Visual Studio with the C++ tools, one property (the ccache action asks the same). */
export function vswhereArgs(property: string): string[] {
  return ['-latest', '-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-property', property];
}

/**
 * The MSVC developer environment (what a "Developer Command Prompt" has), found with vswhere and vcvarsall.
 * vcvarsall is a batch file, so it runs through cmd.exe; the only values on that command line are the path vswhere
 * reported and a fixed architecture word, never an input.
 */
export async function msvcEnvironment(exec: Executor, env: Env, arch = process.arch): Promise<Env> {
  const vswhere = join(env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
  if (!existsSync(vswhere)) throw new UserError(`No C++ compiler on PATH and no Visual Studio found (${vswhere} is missing).`);
  const found = await exec.run(
    [vswhere, ...vswhereArgs('installationPath')],
    { silent: true },
  );
  const vs = found.stdout.trim().split(/\r?\n/)[0];
  if (!vs) throw new UserError('No C++ compiler on PATH and vswhere found no Visual Studio with the C++ tools.');
  const result = await exec.run(vcvarsCommand(join(vs, 'VC', 'Auxiliary', 'Build', 'vcvarsall.bat'), arch), { silent: true, verbatim: true });
  return environmentChanges(result.stdout, env);
}

/**
 * `cmd.exe /d /s /c ""<vcvarsall>" <arch> >nul && set"`, to be passed verbatim: with /s, cmd strips the outer
 * quotes and runs the rest, so the path (it holds spaces) stays quoted.
 */
export function vcvarsCommand(vcvarsall: string, arch: string): string[] {
  if (/["%^&|<>]/.test(vcvarsall)) throw new UserError(`Cannot run vcvarsall from a path holding cmd.exe metacharacters: ${vcvarsall}`);
  return ['cmd.exe', '/d', '/s', '/c', `""${vcvarsall}" ${vcvarsArch(arch)} >nul && set"`];
}
