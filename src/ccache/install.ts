import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, errorMessage } from '../common/errors.js';
import { sha256File } from '../common/hash.js';
import { Executor } from '../common/exec.js';
import { LINUX_MANAGERS, findPackageManager, needsSudo } from '../common/packages.js';
import { Step } from '../common/step.js';

/** The ccache release installed on Windows, and the SHA-256 of its archive (from the release's published checksums). */
export const WINDOWS_CCACHE = {
  version: '4.10.2',
  url: 'https://github.com/ccache/ccache/releases/download/v4.10.2/ccache-4.10.2-windows-x86_64.zip',
  sha256: '6252f081876a9a9f700fae13a5aec5d0d486b28261d7f1f72ac11c7ad9df4da9',
};

/** The commands that install ccache with a package manager, in the order they are tried (apt-get first tries without an update). */
function installCommands(manager: string, sudo: boolean): string[][][] {
  const s = sudo ? ['sudo'] : [];
  switch (manager) {
    case 'apt-get': {
      const install = [...s, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'ccache'];
      return [[install], [[...s, 'apt-get', 'update'], install]];
    }
    case 'dnf':
    case 'yum':
      return [[[...s, manager, 'install', '-y', 'ccache']], [[...s, manager, 'install', '-y', 'epel-release'], [...s, manager, 'install', '-y', 'ccache']]];
    case 'apk':
      return [[[...s, 'apk', 'add', '--no-cache', 'ccache']]];
    case 'brew':
      return [[['brew', 'install', 'ccache']]];
    default:
      return [];
  }
}

function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry.toLowerCase() === name) return path;
    if (statSync(path).isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Downloads the pinned Windows release, checks its checksum and keeps it in the runner's tool cache. */
async function installWindows(step: Step): Promise<void> {
  const tc = await import('@actions/tool-cache');
  let dir = tc.find('ccache', WINDOWS_CCACHE.version, 'x64');
  if (!dir) {
    step.info(`Downloading ccache ${WINDOWS_CCACHE.version} from ${WINDOWS_CCACHE.url}`);
    const zip = await tc.downloadTool(WINDOWS_CCACHE.url);
    const actual = await sha256File(zip);
    if (actual !== WINDOWS_CCACHE.sha256) {
      throw new UserError(`The ccache download ${WINDOWS_CCACHE.url} has SHA-256 ${actual}, expected ${WINDOWS_CCACHE.sha256}: refusing to use it.`);
    }
    const extracted = await tc.extractZip(zip);
    const exe = findFile(extracted, 'ccache.exe');
    if (!exe) throw new UserError(`The ccache download ${WINDOWS_CCACHE.url} holds no ccache.exe.`);
    dir = await tc.cacheDir(join(exe, '..'), 'ccache', WINDOWS_CCACHE.version, 'x64');
  }
  step.addPath(dir);
}

/**
 * The path of ccache on the executor: found on PATH, or installed when `mode` is auto (a package manager on Linux,
 * with sudo only when not root and sudo exists; Homebrew on macOS; the pinned release on Windows). Returns undefined,
 * after a warning, when installing failed (the build goes on without ccache).
 */
export async function findOrInstallCcache(step: Step, exec: Executor, mode: 'auto' | 'never', platform: NodeJS.Platform): Promise<string | undefined> {
  const found = await exec.which('ccache');
  if (found) return found;
  if (mode === 'never') {
    throw new UserError(`ccache was not found on PATH on the ${exec.where} and install-ccache is never: install ccache before this step, or set install-ccache: auto.`);
  }
  try {
    if (platform === 'win32' && exec.where === 'host') {
      await installWindows(step);
      return (await exec.which('ccache')) ?? join(step.env.PATH?.split(';')[0] ?? '', 'ccache.exe');
    }
    const manager = await findPackageManager(exec, platform);
    if (!manager) throw new Error(`no package manager found (looked for ${platform === 'darwin' && exec.where === 'host' ? 'brew' : LINUX_MANAGERS.join(', ')})`);
    const sudo = manager !== 'brew' && (await needsSudo(exec));
    for (const attempt of installCommands(manager, sudo)) {
      let ok = true;
      for (const argv of attempt) ok = ok && (await exec.run(argv, { ignoreReturnCode: true })).exitCode === 0;
      if (ok) break;
    }
    const installed = await exec.which('ccache');
    if (!installed) throw new Error(`${manager} did not install ccache`);
    return installed;
  } catch (err) {
    step.warning(`Could not install ccache on the ${exec.where} (${errorMessage(err)}): the build goes on without a compiler cache. Install ccache before this step to use it.`);
    return undefined;
  }
}
