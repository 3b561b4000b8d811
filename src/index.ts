import { Step, runAction } from './common/step.js';

/** An action's entry points; each module is loaded only when its action runs (ncc emits one chunk per action). */
interface ActionModule {
  main(step: Step): Promise<void>;
  post?(step: Step): Promise<void>;
}

const ACTIONS: Record<string, () => Promise<ActionModule>> = {
  build: () => import('./actions/build.js'),
  ccache: () => import('./actions/ccache.js'),
  cmake: () => import('./actions/cmake.js'),
  container: () => import('./actions/container.js'),
  deps: () => import('./actions/deps.js'),
  gpu: () => import('./actions/gpu.js'),
  plan: () => import('./actions/plan.js'),
  release: () => import('./actions/release.js'),
};

/** Runs one phase of one action; the per-action stubs in dist/ call this. */
export async function run(name: string, phase: 'main' | 'post', step = new Step()): Promise<void> {
  const load = ACTIONS[name];
  if (!load) throw new Error(`unknown action ${name}`);
  await runAction(step, async (s) => {
    const mod = await load();
    const fn = phase === 'main' ? mod.main : mod.post;
    if (!fn) throw new Error(`action ${name} has no ${phase} step`);
    await fn(s);
  });
}
