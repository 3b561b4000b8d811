import { Step } from '../common/step.js';
import { postContainer, runContainer } from '../container/run.js';

/** Starts one long-lived ASWF container; later steps (cmake, ccache) run their commands in it with `docker exec`. */
export const main = (step: Step) => runContainer(step);

/** Removes the container whatever happened (post-if: always()). */
export const post = (step: Step) => postContainer(step);
