import { mkdirSync, rmSync } from 'node:fs';
import { UserError } from '../common/errors.js';
import { Executor, RunResult } from '../common/exec.js';
import { safe, tail } from '../common/format.js';
import { Dependency } from './inputs.js';

export const FULL_SHA = /^[0-9a-f]{40}$/i;

/** Git without prompts: a private repository without credentials fails at once instead of waiting for a password. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', GCM_INTERACTIVE: 'never' };

export interface Resolved {
  commit: string;
  /** The full ref name it came from (refs/tags/v1, refs/heads/main, HEAD); undefined for a commit given as is. */
  refName?: string;
}

function why(result: RunResult): string {
  return tail((result.stderr || result.stdout).trim(), 3).replace(/\s*\n\s*/g, ' / ') || `exit code ${result.exitCode}`;
}

/**
 * Picks the commit of `ref` from `git ls-remote URL REF REF^{}` output: an annotated tag's peeled commit, else the
 * tag, else the branch, else an exact full ref name (refs/..., HEAD). Undefined when nothing matches exactly.
 */
export function pickRef(lsRemote: string, ref: string): Resolved | undefined {
  const refs = new Map<string, string>();
  for (const line of lsRemote.split(/\r?\n/)) {
    const [sha, name] = line.trim().split(/\s+/);
    if (sha && name && FULL_SHA.test(sha)) refs.set(name, sha.toLowerCase());
  }
  const candidates = ref === 'HEAD' || ref.startsWith('refs/') ? [ref] : [`refs/tags/${ref}`, `refs/heads/${ref}`];
  for (const name of candidates) {
    const peeled = refs.get(`${name}^{}`);
    if (peeled) return { commit: peeled, refName: name };
    const sha = refs.get(name);
    if (sha) return { commit: sha, refName: name };
  }
  return undefined;
}

/** Resolves a dependency's ref to a commit (`git ls-remote`); a full SHA is taken as is. */
export async function resolveRef(exec: Executor, dep: Dependency): Promise<Resolved> {
  if (FULL_SHA.test(dep.ref)) return { commit: dep.ref.toLowerCase() };
  const patterns = dep.ref === 'HEAD' ? ['HEAD'] : [dep.ref, `${dep.ref}^{}`];
  const result = await exec.run(['git', 'ls-remote', '--', dep.git, ...patterns], { silent: true, ignoreReturnCode: true, env: GIT_ENV });
  if (result.exitCode !== 0) {
    throw new UserError(`Dependency '${dep.name}': git ls-remote ${safe(dep.git)} failed (${safe(why(result))}): is the URL right and the repository readable?`);
  }
  const found = pickRef(result.stdout, dep.ref);
  if (!found) {
    throw new UserError(`Dependency '${dep.name}': ref '${safe(dep.ref)}' does not exist in ${safe(dep.git)} (no tag or branch of that name; a commit must be given as its full 40-hex SHA).`);
  }
  return found;
}

/**
 * Fetches exactly `commit` into a fresh `dir` (shallow: `git fetch --depth 1 URL SHA`, which GitHub and git's own
 * protocol v2 serve; else the ref it was resolved from, checked to be that commit), then the submodules if asked.
 */
export async function fetchAt(exec: Executor, dep: Dependency, resolved: Resolved, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (args: string[], ignoreReturnCode = false) => exec.run(['git', '-C', dir, ...args], { env: GIT_ENV, ignoreReturnCode });
  await git(['init', '-q']);
  await git(['remote', 'add', 'origin', dep.git]);
  let fetched = await git(['fetch', '--depth', '1', '--no-tags', 'origin', resolved.commit], true);
  if (fetched.exitCode !== 0 && resolved.refName && resolved.refName !== 'HEAD') {
    fetched = await git(['fetch', '--depth', '1', '--no-tags', 'origin', resolved.refName], true);
  } else if (fetched.exitCode !== 0) {
    fetched = await git(['fetch', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], true);
  }
  if (fetched.exitCode !== 0) throw new UserError(`Dependency '${dep.name}': fetching ${resolved.commit} from ${safe(dep.git)} failed (${safe(why(fetched))}).`);
  const checkout = await git(['checkout', '-q', '--detach', resolved.commit], true);
  if (checkout.exitCode !== 0) {
    throw new UserError(`Dependency '${dep.name}': commit ${resolved.commit} is not in ${safe(dep.git)} (or ${safe(resolved.refName ?? dep.ref)} moved while fetching): ${safe(why(checkout))}.`);
  }
  if (dep.submodules) {
    const sub = await git(['submodule', 'update', '--init', '--recursive', '--depth', '1'], true);
    if (sub.exitCode !== 0) throw new UserError(`Dependency '${dep.name}': its submodules could not be fetched (${safe(why(sub))}).`);
  }
}
