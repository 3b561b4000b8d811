import { Step } from '../common/step.js';
import { ccacheMain, ccachePost } from '../ccache/run.js';

/** Restores the compiler cache and sets ccache up for the build. */
export async function main(step: Step): Promise<void> {
  await ccacheMain(step);
}

/** Reports the statistics and saves the cache. */
export async function post(step: Step): Promise<void> {
  await ccachePost(step);
}
