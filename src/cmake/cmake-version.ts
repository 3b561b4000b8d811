import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { InputError, UserError, errorMessage } from '../common/errors.js';
import { Executor } from '../common/exec.js';
import { safe } from '../common/format.js';
import { sha256File } from '../common/hash.js';
import { Env } from '../common/inputs.js';
import { Step } from '../common/step.js';
import type { Tools } from './install-check.js';
import { isInside } from '../common/paths.js';

/**
 * A pinned CMake (`cmake-version: X.Y.Z`): Kitware's release archive for the OS and architecture the commands run on
 * (the host, or the job's container), checked against the SHA-256 list published with the release, kept in the
 * runner's tool cache, and used for every cmake and ctest command of the step.
 */

export const DEFAULT_CMAKE_DOWNLOAD_URL = 'https://github.com/Kitware/CMake/releases/download';
/** A mirror of Kitware's release downloads, laid out as `<url>/v<version>/<file>` (also what the tests serve). */
export const CMAKE_DOWNLOAD_URL_VARIABLE = 'ASWF_CMAKE_DOWNLOAD_URL';

export interface CmakeTarget {
  os: 'linux' | 'macos' | 'windows';
  arch: 'x86_64' | 'aarch64';
}

/** The archive names a release may use for a target, newest naming first (3.20 lower-cased them; 3.19 added macOS universal). */
export function archiveCandidates(version: string, { os, arch }: CmakeTarget): string[] {
  const base = `cmake-${version}`;
  switch (os) {
    case 'linux':
      return [`${base}-linux-${arch}.tar.gz`, `${base}-Linux-${arch}.tar.gz`];
    case 'macos':
      return [`${base}-macos-universal.tar.gz`, `${base}-macos10.10-universal.tar.gz`, ...(arch === 'x86_64' ? [`${base}-Darwin-x86_64.tar.gz`] : [])];
    case 'windows':
      return arch === 'x86_64' ? [`${base}-windows-x86_64.zip`, `${base}-win64-x64.zip`] : [`${base}-windows-arm64.zip`];
  }
}

/** `cmake-X.Y.Z-SHA-256.txt`: `<sha256>  <file name>` per line. */
export function parseSha256List(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line);
    if (m) sums.set(m[2]!, m[1]!.toLowerCase());
  }
  return sums;
}

export function chooseArchive(version: string, target: CmakeTarget, sums: Map<string, string>): { name: string; sha256: string } | undefined {
  for (const name of archiveCandidates(version, target)) {
    const sha256 = sums.get(name);
    if (sha256) return { name, sha256 };
  }
  return undefined;
}

function machineArch(machine: string): CmakeTarget['arch'] | undefined {
  if (/^(x86_64|amd64|x64)$/i.test(machine)) return 'x86_64';
  if (/^(aarch64|arm64)$/i.test(machine)) return 'aarch64';
  return undefined;
}

/** Where the commands run: the host's OS and CPU, or the container's (always Linux; its `uname -m`). */
async function targetOf(exec: Executor, platform: NodeJS.Platform): Promise<CmakeTarget> {
  if (exec.where !== 'host') {
    const uname = await exec.run(['uname', '-m'], { silent: true, ignoreReturnCode: true });
    const arch = machineArch(uname.stdout.trim());
    if (!arch) throw new UserError(`cmake-version: the ${exec.where} is a ${safe(uname.stdout.trim()) || 'machine of unknown kind'}; Kitware publishes Linux CMake for x86_64 and aarch64 only.`);
    return { os: 'linux', arch };
  }
  const arch = machineArch(process.arch);
  const os = platform === 'linux' ? 'linux' : platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : undefined;
  if (!arch || !os) throw new UserError(`cmake-version: Kitware publishes no CMake for ${platform} ${process.arch}.`);
  return { os, arch };
}

function downloadUrl(env: Env): string {
  const url = (env[CMAKE_DOWNLOAD_URL_VARIABLE] || DEFAULT_CMAKE_DOWNLOAD_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(url)) {
    throw new UserError(`${CMAKE_DOWNLOAD_URL_VARIABLE} is ${JSON.stringify(safe(url))}: expected an http(s) URL of a mirror of ${DEFAULT_CMAKE_DOWNLOAD_URL}.`);
  }
  return url;
}

/** The folder holding cmake and ctest in an unpacked release: bin/, or CMake.app/Contents/bin/ on macOS. */
export function binDirOf(root: string): string | undefined {
  for (const dir of [join(root, 'bin'), join(root, 'CMake.app', 'Contents', 'bin')]) {
    if (existsSync(join(dir, 'cmake')) || existsSync(join(dir, 'cmake.exe'))) return dir;
  }
  return undefined;
}

export interface PinnedCmake extends Tools {
  version: string;
  /** The folder of cmake and ctest, as the executor sees it. */
  bin: string;
}

/**
 * Makes CMake `version` available to the executor and returns its cmake and ctest. Downloads and verifies it unless
 * the tool cache has it; in a container, copies it into RUNNER_TEMP (mounted by the container action) when the tool
 * cache is not visible there.
 */
export async function pinCmake(step: Step, version: string, exec: Executor, platform: NodeJS.Platform = process.platform): Promise<PinnedCmake> {
  const target = await targetOf(exec, platform);
  const key = `${target.os}-${target.arch}`;
  // @actions/tool-cache reads its folders from process.env; a local run may not have them.
  process.env.RUNNER_TOOL_CACHE ||= step.env.RUNNER_TOOL_CACHE || join(tmpdir(), 'aswf-tool-cache');
  process.env.RUNNER_TEMP ||= step.env.RUNNER_TEMP || tmpdir();
  const tc = await import('@actions/tool-cache');
  let root = tc.find('cmake', version, key);
  if (root) {
    step.info(`CMake ${version} (${key}) is in the tool cache: ${root}`);
  } else {
    root = await step.group(`Download CMake ${version} for ${key}`, () => download(step, tc, version, target, key));
  }
  const host = binDirOf(root);
  if (!host) throw new UserError(`The CMake ${version} archive unpacked to ${root} holds no bin/cmake.`);
  let bin = host;
  if (exec.where !== 'host') {
    const mounts = [step.env.RUNNER_TEMP, step.env.GITHUB_WORKSPACE].filter((m): m is string => !!m).map((m) => resolve(m));
    if (!mounts.some((m) => isInside(m, root!))) {
      if (!step.env.RUNNER_TEMP) throw new UserError(`cmake-version: RUNNER_TEMP is not set, so there is no folder the container sees to put CMake ${version} in.`);
      const visible = join(resolve(step.env.RUNNER_TEMP), 'aswf-cmake', `${version}-${key}`);
      if (!existsSync(join(visible, relative(root, host)))) {
        rmSync(visible, { recursive: true, force: true });
        mkdirSync(visible, { recursive: true });
        cpSync(root, visible, { recursive: true, verbatimSymlinks: true });
      }
      step.info(`CMake ${version} copied to ${visible}, which the container sees (RUNNER_TEMP is mounted).`);
      bin = join(visible, relative(root, host));
    }
  } else {
    // Later steps on the host get the same cmake first on PATH.
    step.addPath(bin);
  }
  const exe = platform === 'win32' && exec.where === 'host' ? '.exe' : '';
  const slash = exec.where === 'host' ? join : (...p: string[]) => p.join('/');
  const pinned = { version, bin, cmake: slash(bin, `cmake${exe}`), ctest: slash(bin, `ctest${exe}`) };
  const shown = await exec.run([pinned.cmake, '--version'], { ignoreReturnCode: true });
  if (shown.exitCode !== 0) throw new UserError(`The downloaded CMake ${version} does not run on the ${exec.where}: ${pinned.cmake} --version exited with code ${shown.exitCode}.`);
  const reported = /cmake version (\S+)/.exec(shown.stdout)?.[1];
  if (reported !== version) step.warning(`cmake-version is ${version} but ${pinned.cmake} --version says ${safe(reported ?? shown.stdout.trim())}.`);
  step.info(`Using CMake ${reported ?? version}: ${pinned.cmake}`);
  return pinned;
}

type ToolCache = typeof import('@actions/tool-cache');

function httpStatus(err: unknown): number | undefined {
  const code = (err as { httpStatusCode?: unknown }).httpStatusCode;
  return typeof code === 'number' ? code : undefined;
}

async function download(step: Step, tc: ToolCache, version: string, target: CmakeTarget, key: string): Promise<string> {
  const base = `${downloadUrl(step.env)}/v${version}`;
  const listName = `cmake-${version}-SHA-256.txt`;
  step.info(`Reading ${base}/${listName}`);
  let listFile: string;
  try {
    // tool-cache retries network errors and 5xx/408/429 answers (3 attempts), not a 404.
    listFile = await tc.downloadTool(`${base}/${listName}`);
  } catch (err) {
    if (httpStatus(err) === 404) {
      throw new InputError('cmake-version', version, `a released CMake version: ${base}/${listName} does not exist (see https://cmake.org/files/ or github.com/Kitware/CMake/releases)`);
    }
    throw new UserError(`Cannot download ${base}/${listName}: ${errorMessage(err)}`);
  }
  const sums = parseSha256List(readFileSync(listFile, 'utf8'));
  rmSync(listFile, { force: true });
  const archive = chooseArchive(version, target, sums);
  if (!archive) {
    throw new UserError(`CMake ${version} has no archive for ${target.os} ${target.arch}: ${listName} lists none of ${archiveCandidates(version, target).join(', ')}.`);
  }
  const url = `${base}/${archive.name}`;
  step.info(`Downloading ${url}`);
  let file: string;
  try {
    file = await tc.downloadTool(url);
  } catch (err) {
    throw new UserError(`Cannot download ${url}: ${errorMessage(err)}`);
  }
  const actual = await sha256File(file);
  if (actual !== archive.sha256) {
    rmSync(file, { force: true });
    throw new UserError(`The download of ${archive.name} does not match ${listName}: SHA-256 ${actual}, expected ${archive.sha256}. Nothing was used.`);
  }
  step.info(`SHA-256 ${actual} matches ${listName}.`);
  const extracted = archive.name.endsWith('.zip') ? await tc.extractZip(file) : await tc.extractTar(file);
  rmSync(file, { force: true });
  // The archive holds one folder, cmake-X.Y.Z-<platform>/.
  const top = readdirSync(extracted);
  const root = top.length === 1 ? join(extracted, top[0]!) : extracted;
  if (!binDirOf(root)) throw new UserError(`The CMake ${version} archive ${archive.name} holds no bin/cmake or CMake.app/Contents/bin/cmake.`);
  const cached = await tc.cacheDir(root, 'cmake', version, key);
  rmSync(extracted, { recursive: true, force: true });
  return cached;
}

function older(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a < major || (a === major && b < minor);
}

/**
 * The plan with its cmake and ctest commands run from `tools` (the pinned CMake), and made to suit an old release:
 * before 3.15 there is no `cmake --install` (the `install` target is built instead; the prefix was set at configure
 * time), and before 3.21 ctest writes no JUnit report (the counts come from its console output).
 */
export function withTools<T extends { junit?: string; phases: { name?: string; argv: string[] }[] }>(plan: T, tools: Tools & { version?: string }): T {
  const program: Record<string, string> = { cmake: tools.cmake, ctest: tools.ctest };
  const version = tools.version;
  const noInstallCommand = version !== undefined && older(version, 3, 15);
  const noJunit = version !== undefined && older(version, 3, 21);
  const phases = plan.phases.map((p) => {
    let argv = [...p.argv];
    if (noInstallCommand && argv[0] === 'cmake' && argv[1] === '--install') {
      const config = argv.indexOf('--config');
      argv = ['cmake', '--build', argv[2]!, ...(config > 0 ? ['--config', argv[config + 1]!] : []), '--target', 'install'];
    }
    if (noJunit && argv[0] === 'ctest') {
      const at = argv.indexOf('--output-junit');
      if (at > 0) argv.splice(at, 2);
    }
    return { ...p, argv: [program[argv[0]!] ?? argv[0]!, ...argv.slice(1)] };
  });
  return { ...plan, junit: noJunit ? undefined : plan.junit, phases };
}
