import { Step } from '../common/step.js';
import { runCmake } from '../cmake/run.js';

export const main = (step: Step) => runCmake(step);
