import { Step } from '../common/step.js';
import { depsMain } from '../deps/run.js';

/** Installs packages and builds (or restores) the dependencies into one prefix that later steps see. */
export async function main(step: Step): Promise<void> {
  await depsMain(step);
}
