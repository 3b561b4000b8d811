import { Step } from '../common/step.js';
import { runPlan } from '../plan/plan.js';

/** Turns a compact description into a `strategy.matrix` (output `matrix`). */
export const main = (step: Step) => runPlan(step);
