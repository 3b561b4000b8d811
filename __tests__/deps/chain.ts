// Test support for the deps action: examples/deps/alpha and beta as file:// git repositories made here, with real git.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const example = (name: string) => join(repo, 'examples', 'deps', name);

export function git(dir: string, args: string[]): string {
  const r = spawnSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

export interface Chain {
  alpha: string;
  beta: string;
  url: (name: 'alpha' | 'beta') => string;
  /** A new commit on alpha's main that changes its value (the app's test still passes: beta follows). */
  bumpAlpha: () => string;
  bumpBeta: () => string;
}

/** alpha (branch main) and beta (main, annotated tag v1) as git repositories under base. */
export function makeChain(base: string): Chain {
  const alpha = join(base, 'git', 'alpha');
  const beta = join(base, 'git', 'beta');
  for (const [dir, name] of [[alpha, 'alpha'], [beta, 'beta']] as const) {
    cpSync(example(name), dir, { recursive: true });
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `${name} 1.0`]);
  }
  git(beta, ['tag', '-a', 'v1', '-m', 'beta v1']);
  let n = 0;
  return {
    alpha,
    beta,
    url: (name) => `file://${name === 'alpha' ? alpha : beta}`,
    bumpAlpha: () => {
      const file = join(alpha, 'alpha.cpp');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/return [^;]+;/, `return ${50 + ++n};`));
      git(alpha, ['commit', '-q', '-am', `alpha change ${n}`]);
      return git(alpha, ['rev-parse', 'HEAD']);
    },
    bumpBeta: () => {
      const file = join(beta, 'beta.cpp');
      writeFileSync(file, readFileSync(file, 'utf8') + `// change ${++n}\n`);
      git(beta, ['commit', '-q', '-am', `beta change ${n}`]);
      return git(beta, ['rev-parse', 'HEAD']);
    },
  };
}

/** The dependencies input for the chain: alpha at main (top of tree), beta at a ref. */
export function chainYaml(c: Chain, betaRef = 'main', alphaExtra = ''): string {
  return `- name: alpha
  git: ${c.url('alpha')}
  ref: main
  options: [BUILD_SHARED_LIBS=ON]${alphaExtra}
- name: beta
  git: ${c.url('beta')}
  ref: ${betaRef}
`;
}
