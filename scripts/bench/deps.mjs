// Benchmark of the deps action: the examples/deps chain (alpha, a shared library, then beta, which needs it) from
// file:// git repositories made here, built cold (empty local cache: both built and saved), then warm on a fresh
// runner (the same RUNNER_TEMP path, emptied: both restored, none built). Drives the bundled action through the local
// runner (node dist/cli.js), so dist/ must be fresh. Goal: the warm dependency phase costs < 10 % of the cold one.
// The job's wall time also holds two node start-ups and the local runner (~0.8 s on a loaded 2-core machine).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

function git(dir, args) {
  const r = spawnSync('git', ['-C', dir, '-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/**
 * One job that runs only the deps action. Its dependency phase is what the action logs (`Dependency phase: ... in
 * X s`: from its input check to its outputs, so neither node's start-up nor the local runner's cost is in it).
 */
function job(base, dependencies) {
  const temp = join(base, 'runner');
  rmSync(join(temp, 'runner-temp'), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli.js'), '--workspace', base, '--temp', temp, '--event', 'push',
      'deps', '--dependencies', dependencies, '--deps-backend', 'local', '--deps-local-dir', join(base, 'cache')],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`deps bench job failed:\n${r.stdout.slice(-4000)}\n${r.stderr}`);
  const line = /^dependencies=(.*)$/m.exec(r.stdout);
  const phase = /Dependency phase: .* in ([\d.]+) s\./.exec(r.stdout);
  if (!phase) throw new Error('the deps action did not log its dependency phase');
  return { wallMs, phaseMs: Number(phase[1]) * 1000, deps: line ? JSON.parse(line[1]) : [] };
}

export default async function depsBench() {
  const base = mkdtempSync(join(tmpdir(), 'aswf-bench-deps-'));
  try {
    for (const name of ['alpha', 'beta']) {
      const dir = join(base, 'git', name);
      cpSync(join(root, 'examples', 'deps', name), dir, { recursive: true });
      git(dir, ['init', '-q', '-b', 'main']);
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', name]);
    }
    const dependencies = [
      `- name: alpha\n  git: file://${join(base, 'git', 'alpha')}\n  ref: main\n  options: [BUILD_SHARED_LIBS=ON]`,
      `- name: beta\n  git: file://${join(base, 'git', 'beta')}\n  ref: main`,
    ].join('\n');
    const cold = job(base, dependencies);
    const warm = job(base, dependencies);
    const built = (j) => j.deps.filter((d) => d.result === 'built').length;
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const rows = [
      { label: 'deps: cold job wall / dependency phase (2 built, saved to a local backend)', value: `${s(cold.wallMs)} / ${s(cold.phaseMs)} (${built(cold)} built)` },
      { label: 'deps: warm job wall / dependency phase (fresh runner, same cache)', value: `${s(warm.wallMs)} / ${s(warm.phaseMs)} (${built(warm)} built)` },
      { label: 'deps: warm / cold dependency phase (goal < 10 %)', value: `${((100 * warm.phaseMs) / cold.phaseMs).toFixed(0)} %` },
    ];
    for (const d of cold.deps) rows.push({ label: `deps: cold ${d.name} (fetch, configure, build, install, save)`, value: `${d.seconds} s` });
    for (const d of warm.deps) rows.push({ label: `deps: warm ${d.name} (${d.result})`, value: `${d.seconds} s` });
    if (built(warm) !== 0) throw new Error(`the warm run built ${built(warm)} dependencies, expected 0`);
    return rows;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { label, value } of await depsBench()) console.log(`${label}: ${value}`);
}
