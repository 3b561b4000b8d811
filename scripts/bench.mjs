// npm run bench: reports, does not assert. For each action, the median wall time and user CPU of running its bundle
// on a path that does no external work (an invalid input, rejected), next to bare `node -e 0` measured in the same
// run; then the extra benchmarks of scripts/bench/*.mjs (analysis: time the sanitize/coverage inputs add, ccache
// cold/warm build, deps cold/warm dependency phase, release hashing and upload memory).
// Usage: npm run bench [-- --runs N] [-- --only startup|NAME]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '21'));
const only = arg('only', '');

// One invalid input per action: the action must reject it before any external work.
const INVALID = {
  build: { parallel: 'lots' },
  ccache: { 'max-size': '5 gigs' },
  cmake: { parallel: 'lots' },
  container: { pull: 'sometimes' },
  deps: { 'deps-save': 'sometimes' },
  gpu: { mode: 'bogus' },
  plan: { os: 'beos' },
  release: { sign: 'pgp' },
};
// The runner variables an action needs to reach its input check (release acts only on a tag push).
const CONTEXT = {
  release: { GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'aswf/bench' },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall ms (measured here) and user+sys CPU ms of the child (bash's `times` reports its children's CPU). */
function measure(argv, env) {
  const started = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; echo "rc=$?"; times', 'bench', ...argv], { env, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const lines = r.stdout.trim().split('\n');
  const rc = Number(lines[0].slice(3));
  const toMs = (t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  };
  const [user, sys] = lines[2].trim().split(/\s+/).map(toMs);
  return { wall, user, sys, rc };
}

function series(argv, env) {
  const samples = Array.from({ length: runs }, () => measure(argv, env));
  return { wall: median(samples.map((s) => s.wall)), user: median(samples.map((s) => s.user)), cpu: median(samples.map((s) => s.user + s.sys)), rcs: new Set(samples.map((s) => s.rc)) };
}

function startup() {
  const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const bare = series([process.execPath, '-e', '0'], baseEnv);
  const rows = [['bare node -e 0', bare.wall, bare.user, bare.cpu, '', '']];
  const actions = readdirSync(join(root, 'dist')).filter((f) => /^[a-z]+\.js$/.test(f) && f !== 'index.js' && f !== 'cli.js').map((f) => f.slice(0, -3));
  for (const name of actions.sort()) {
    const env = { ...baseEnv, ...CONTEXT[name] };
    for (const [k, v] of Object.entries(INVALID[name] ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
    const s = series([process.execPath, join(root, 'dist', `${name}.js`)], env);
    const rejected = s.rcs.size === 1 && s.rcs.has(1) ? 'rejected' : `exit ${[...s.rcs].join('/')}`;
    rows.push([name, s.wall, s.user, s.cpu, s.user - bare.user, rejected]);
  }
  console.log(`\nStart-up: median of ${runs} runs of each bundle on an invalid input (Node ${process.version}, ${process.platform}/${process.arch})\n`);
  console.log('| action | wall ms | user CPU ms | user+sys ms | user CPU over bare node (goal < 50 ms) | result |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [name, wall, user, cpu, over, result] of rows) {
    console.log(`| ${name} | ${wall.toFixed(0)} | ${user.toFixed(0)} | ${cpu.toFixed(0)} | ${over === '' ? '' : over.toFixed(0)} | ${result} |`);
  }
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
if (!only || only === 'startup') startup();
const benchDir = join(root, 'scripts', 'bench');
for (const file of existsSync(benchDir) ? readdirSync(benchDir).filter((f) => f.endsWith('.mjs')).sort() : []) {
  const name = file.slice(0, -4);
  if (only && only !== name) continue;
  const mod = await import(pathToFileURL(join(benchDir, file)).href);
  console.log(`\n${name}\n`);
  try {
    const rows = await mod.default();
    console.log('| measure | value |\n| --- | --- |');
    for (const { label, value } of rows) console.log(`| ${label} | ${value} |`);
  } catch (err) {
    console.log(`(benchmark failed: ${err instanceof Error ? err.message : err})`);
  }
}
