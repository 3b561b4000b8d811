// Benchmark of the analysis inputs of the cmake action: the time the action adds on top of the sanitizer or coverage
// build itself (finding the compiler, reading suppressions, parsing sanitizer reports, running gcovr/llvm-cov and
// writing the reports), on __tests__/fixtures/analysis. Each job runs the bundled cmake action (node dist/cli.js, so
// dist/ must be fresh) in a build folder that was built once before, so its configure, build and test phases are
// short. What analysis adds is the time the action logs for its analysis work (before configure, after the tests;
// median of the runs); as a cross-check, the job's wall time less its phases (the summary's Time column, 0.1 s
// steps) is shown next to that of a plain job (no analysis) on the same fixture. Goal: under 2 s.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const RUNS = 5;

function job(workspace, inputs) {
  const temp = mkdtempSync(join(tmpdir(), 'aswf-bench-job-'));
  const args = Object.entries({ 'source-dir': '.', parallel: '2', ...inputs }).flatMap(([k, v]) => [`--${k}`, v]);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--workspace', workspace, '--temp', temp, 'cmake', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let summary = '';
  try {
    summary = readFileSync(join(temp, 'step-summary.md'), 'utf8');
  } catch {
    throw new Error(`analysis bench job wrote no summary:\n${r.stdout}\n${r.stderr}`);
  }
  rmSync(temp, { recursive: true, force: true });
  const phasesMs = [...summary.matchAll(/^\| (?:Configure|Build|Test|Install) \| [^|]* \| ([\d.]+) s \|/gm)].reduce((n, m) => n + Number(m[1]) * 1000, 0);
  // The action logs the time of its analysis work before configure and after the tests, to the millisecond.
  const analysisMs = [...r.stdout.matchAll(/Analysis (?:set up in|after the tests took) (\d+) ms/g)].reduce((n, m) => n + Number(m[1]), 0);
  return { wallMs, phasesMs, ownMs: wallMs - phasesMs, analysisMs, summary };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function series(workspace, inputs) {
  job(workspace, inputs); // builds the folder once
  const runs = Array.from({ length: RUNS }, () => job(workspace, inputs));
  return {
    own: median(runs.map((r) => r.ownMs)),
    analysis: median(runs.map((r) => r.analysisMs)),
    wall: median(runs.map((r) => r.wallMs)),
    summary: runs[0].summary,
  };
}

export default async function analysisBench() {
  const base = mkdtempSync(join(tmpdir(), 'aswf-bench-analysis-'));
  try {
    const ws = join(base, 'repo');
    cpSync(join(root, '__tests__', 'fixtures', 'analysis'), ws, { recursive: true });
    const plain = series(ws, { 'build-dir': 'build-plain', 'build-type': 'RelWithDebInfo' });
    const asan = series(ws, { 'build-dir': 'build-asan', sanitize: 'address, undefined' });
    const gcov = series(ws, { 'build-dir': 'build-gcov', coverage: 'gcov', 'test-label-exclude': 'planted' });
    const llvm = series(ws, { 'build-dir': 'build-llvm', coverage: 'llvm', 'cxx-compiler': 'clang++', 'test-label-exclude': 'planted' });
    if (!/2 findings/.test(asan.summary)) throw new Error('the sanitizer job did not report the 2 planted findings');
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const added = (r) => `${s(r.analysis)} measured in the action; job time outside the phases ${s(r.own)} vs ${s(plain.own)} without analysis`;
    return [
      { label: `analysis: plain job, the action's own time (median of ${RUNS})`, value: `${s(plain.own)} of a ${s(plain.wall)} job` },
      { label: 'analysis: added by sanitize: address, undefined (2 findings parsed, annotated)', value: added(asan) },
      { label: 'analysis: added by coverage: gcov (gcovr: Cobertura, SonarQube, HTML, JSON; lcov)', value: added(gcov) },
      { label: 'analysis: added by coverage: llvm (llvm-profdata, llvm-cov export and show)', value: added(llvm) },
    ];
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { label, value } of await analysisBench()) console.log(`${label}: ${value}`);
}
