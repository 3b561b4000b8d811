import { UserError } from '../common/errors.js';
import { Executor } from '../common/exec.js';
import { findPackageManager, needsSudo } from '../common/packages.js';
import { safe } from '../common/format.js';
import { Step } from '../common/step.js';
import { MANAGERS, ManagerName, PackageLine } from './inputs.js';

export interface PackageReport {
  /** The program (apt-get, dnf, pip3...) or the prefix named, when it is not there. */
  manager: string;
  packages: string[];
  result: 'installed' | 'skipped';
  /** Why it was skipped. */
  note?: string;
  ms: number;
}

/** Every command a manager runs to install `packages`, in order; a second list is the retry (apt-get after an update). */
function commands(program: string, packages: string[], sudo: string[]): string[][][] {
  switch (program) {
    case 'apt-get': {
      const install = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages];
      return [[install], [[...sudo, 'apt-get', 'update', '-q'], install]];
    }
    case 'dnf':
    case 'yum':
      return [[[...sudo, program, 'install', '-y', ...packages]]];
    case 'apk':
      return [[[...sudo, 'apk', 'add', '--no-cache', ...packages]]];
    case 'brew':
      return [[['brew', 'install', ...packages]]];
    case 'choco':
      return [[['choco', 'install', '-y', '--no-progress', ...packages]]];
    default: // pip, pip3
      return [[[program, 'install', ...packages]]];
  }
}

/** The program a prefix names, when it is on the executor's PATH. */
async function programFor(exec: Executor, manager: ManagerName): Promise<string | undefined> {
  const candidates = manager === 'pip' ? ['pip3', 'pip'] : [MANAGERS[manager]];
  for (const c of candidates) if (await exec.which(c)) return c;
  return undefined;
}

/**
 * Installs the `packages` lines where the build runs: in the job's container as root (whatever user it runs later
 * steps as), or on the host (with sudo only when not root and sudo exists). Unprefixed lines go to the environment's
 * own manager; a line whose manager is not there is skipped with a notice. A failed install is an error.
 */
export async function installPackages(step: Step, exec: Executor, lines: PackageLine[], platform: NodeJS.Platform, now: () => number = Date.now): Promise<PackageReport[]> {
  if (!lines.length) return [];
  const own = await findPackageManager(exec, platform);
  // Lines for the same program are installed together, in the order they first appear.
  const groups = new Map<string, string[]>();
  const reports: PackageReport[] = [];
  for (const line of lines) {
    const program = line.manager ? await programFor(exec, line.manager) : own;
    if (!program) {
      if (!line.manager) throw new UserError(`Input 'packages': no package manager was found on the ${exec.where} (looked for apt-get, dnf, yum, apk; brew on macOS, choco on Windows) for ${safe(line.text)}.`);
      step.notice(`packages: ${line.manager} is not on the ${exec.where}: skipping ${safe(line.packages.join(' '))}.`);
      reports.push({ manager: line.manager, packages: line.packages, result: 'skipped', note: `${line.manager} not found`, ms: 0 });
      continue;
    }
    groups.set(program, [...(groups.get(program) ?? []), ...line.packages]);
  }
  const system = (p: string) => ['apt-get', 'dnf', 'yum', 'apk'].includes(p);
  const sudo = exec.where === 'host' && [...groups.keys()].some(system) && (await needsSudo(exec)) ? ['sudo'] : [];
  for (const [program, packages] of groups) {
    const started = now();
    await step.group(`Install ${packages.length} package${packages.length === 1 ? '' : 's'} with ${program} (on the ${exec.where})`, async () => {
      let exitCode = 1;
      for (const attempt of commands(program, packages, system(program) ? sudo : [])) {
        exitCode = 0;
        for (const argv of attempt) {
          exitCode = (await exec.run(argv, { ignoreReturnCode: true, user: '0:0' })).exitCode;
          if (exitCode !== 0) break;
        }
        if (exitCode === 0) break;
      }
      if (exitCode !== 0) {
        throw new UserError(`Installing ${safe(packages.join(' '))} with ${program} on the ${exec.where} failed (exit code ${exitCode}): its output is in the group above.`);
      }
    });
    reports.push({ manager: program, packages, result: 'installed', ms: now() - started });
  }
  return reports;
}
