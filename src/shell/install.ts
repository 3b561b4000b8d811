import { accessSync, chmodSync, constants, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../common/errors.js';
import { Step } from '../common/step.js';

/** The program a `run:` step names as its shell: `shell: aswf-container {0}`. */
export const SHELL_WRAPPER = 'aswf-container';

/**
 * The folder of the wrapper (a POSIX sh script, plus a .cmd for Windows): dist/bin in the bundle (scripts/build.mjs
 * copies src/shell/bin there), src/shell/bin in the sources.
 */
export function shellWrapperDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, 'bin'), join(here, '..', 'shell', 'bin')]) {
    if (existsSync(join(dir, SHELL_WRAPPER))) return dir;
  }
  return join(here, 'bin');
}

/**
 * Puts `aswf-container` on PATH for the later steps of the job. With a container (ASWF_CI_CONTAINER, exported by the
 * caller) it runs a step's script there; without one, on the host. A wrapper that cannot be found or made executable
 * is a warning: the build itself does not need it.
 */
export function installShellWrapper(step: Step, where: string): void {
  const dir = shellWrapperDir();
  const wrapper = join(dir, SHELL_WRAPPER);
  try {
    if (process.platform !== 'win32') {
      try {
        accessSync(wrapper, constants.X_OK);
      } catch {
        // A checkout or an unpacked archive that lost the executable bit.
        chmodSync(wrapper, 0o755);
      }
    }
  } catch (err) {
    step.warning(`The ${SHELL_WRAPPER} shell for run: steps is not usable (${errorMessage(err)}); run: steps with 'shell: ${SHELL_WRAPPER} {0}' will fail.`);
    return;
  }
  step.addPath(dir);
  step.info(`run: steps of this job can use 'shell: ${SHELL_WRAPPER} {0}' (or 'shell: ${SHELL_WRAPPER} bash -e {0}'): ${where}.`);
}
