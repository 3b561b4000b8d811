import { Step } from '../common/step.js';
import { runGpu } from '../gpu/main.js';

export const main = (step: Step) => runGpu(step);
