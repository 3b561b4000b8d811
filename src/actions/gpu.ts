import { Step } from '../common/step.js';
import { postGpu, runGpu } from '../gpu/main.js';

export const main = (step: Step) => runGpu(step);
export const post = (step: Step) => postGpu(step);
