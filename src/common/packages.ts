import { Executor } from './exec.js';

/** The system package managers of Linux, in the order they are looked for (the first one found wins). */
export const LINUX_MANAGERS = ['apt-get', 'dnf', 'yum', 'apk'] as const;

/**
 * The environment's own package manager: Homebrew on a macOS host, Chocolatey on a Windows host, else the first of
 * apt-get, dnf, yum, apk on the executor's PATH (without asking the rest). Undefined when none is there.
 */
export async function findPackageManager(exec: Executor, platform: NodeJS.Platform): Promise<string | undefined> {
  const host = exec.where === 'host';
  const managers = host && platform === 'darwin' ? ['brew'] : host && platform === 'win32' ? ['choco'] : LINUX_MANAGERS;
  for (const m of managers) if (await exec.which(m)) return m;
  return undefined;
}

/** Whether a system package manager must be run through sudo: not root, and sudo exists. */
export async function needsSudo(exec: Executor): Promise<boolean> {
  const id = await exec.run(['id', '-u'], { silent: true, ignoreReturnCode: true });
  return id.stdout.trim() !== '0' && (await exec.which('sudo')) !== undefined;
}
