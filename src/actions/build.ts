import { inputVariable } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { analysisKeyPart } from '../analysis/inputs.js';
import { parseCcacheInputs } from '../ccache/inputs.js';
import { parseCmakeInputs } from '../cmake/inputs.js';
import { parseContainerInputs } from '../container/run.js';
import * as ccache from './ccache.js';
import * as cmake from './cmake.js';
import * as container from './container.js';

/** The inputs that give the deps part work to do. */
const DEPS_INPUTS = ['packages', 'dependencies', 'dependencies-file'];

/** Did this job's build action start a container (or find itself inside one)? Saved for the post step. */
const STATE_CONTAINER = 'build-container';

/**
 * The build action: container (when `project` or `image` is given) + ccache + deps (when `packages`, `dependencies` or
 * `dependencies-file` is given) + cmake in one step. The actions' inputs have distinct names (deps shares build-type,
 * generator, parallel and the compilers with cmake: one value for both), so each part reads its own inputs from the
 * same step.
 */
export async function main(step: Step): Promise<void> {
  const useContainer = step.inputs.optional('project') !== undefined || step.inputs.optional('image') !== undefined;
  const useCcache = step.inputs.bool('ccache', true);
  // The deps part (and its YAML parser) is loaded only when it has work: a build without dependencies starts as fast.
  const useDeps = DEPS_INPUTS.some((name) => step.inputs.optional(name) !== undefined);
  // Every part's inputs are checked before any of them starts work (a pull or a restore can take minutes).
  if (useContainer) parseContainerInputs(step.inputs, step.env);
  const cmakeInputs = parseCmakeInputs(step.inputs);
  // A sanitizer or coverage build keeps its compiler cache apart from the normal build's: its kind joins the key.
  const analysisKey = analysisKeyPart(cmakeInputs.analysis);
  if (useCcache && analysisKey) step.env[inputVariable('key')] = [step.inputs.optional('key'), analysisKey].filter(Boolean).join(',');
  if (useCcache) parseCcacheInputs(step.inputs);
  if (useDeps) (await import('../deps/inputs.js')).parseDepsInputs(step.inputs, step.env.GITHUB_WORKSPACE || process.cwd());
  step.saveState(STATE_CONTAINER, String(useContainer));
  if (useContainer) await container.main(step);
  if (useCcache) await ccache.main(step);
  if (useDeps) await (await import('./deps.js')).main(step);
  await cmake.main(step);
}

/** One post step: save the cache (inside the container, while it still exists), then remove the container. */
export async function post(step: Step): Promise<void> {
  try {
    if (step.inputs.bool('ccache', true)) await ccache.post(step);
  } finally {
    if (step.getState(STATE_CONTAINER) === 'true') await container.post(step);
  }
}
