// Benchmark of the ccache action: a cold build of examples/hello (empty cache, saved to a local backend), then a warm
// build of a copy at another absolute path in a fresh build folder (cache restored). Drives the bundled actions in
// dist/ through the local runner (node dist/cli.js), so dist/ must be fresh.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

function job(workspace, localDir) {
  const temp = mkdtempSync(join(tmpdir(), 'aswf-bench-job-'));
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli.js'), '--workspace', workspace, '--temp', temp,
      'ccache', '--backend', 'local', '--local-dir', localDir,
      '--then', 'cmake', '--source-dir', 'hello', '--build-dir', 'build', '--test', 'false'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`ccache bench job failed:\n${r.stdout}\n${r.stderr}`);
  const summary = readFileSync(join(temp, 'step-summary.md'), 'utf8');
  rmSync(temp, { recursive: true, force: true });
  const build = /\| Build \| [^|]*\| ([\d.]+) s \|/.exec(summary);
  const restore = /Restored \| [^|]* in ([\d.]+) s/.exec(summary);
  const save = /saved as .*? in ([\d.]+) s/.exec(summary);
  const rate = /### ccache: ([\d.]+) % hits/.exec(summary);
  return { wallMs, buildS: build ? Number(build[1]) : undefined, restoreS: restore?.[1], saveS: save?.[1], rate: rate?.[1] };
}

export default async function ccacheBench() {
  const base = mkdtempSync(join(tmpdir(), 'aswf-bench-ccache-'));
  try {
    const localDir = join(base, 'local');
    const one = join(base, 'one');
    const two = join(base, 'elsewhere', 'two');
    cpSync(join(root, 'examples', 'hello'), join(one, 'hello'), { recursive: true });
    cpSync(join(root, 'examples', 'hello'), join(two, 'hello'), { recursive: true });
    const cold = job(one, localDir);
    const warm = job(two, localDir);
    const ratio = (a, b) => (a !== undefined && b !== undefined ? `${((100 * a) / b).toFixed(0)} %` : 'n/a');
    return [
      { label: 'ccache: cold job wall time (examples/hello)', value: `${(cold.wallMs / 1000).toFixed(1)} s` },
      { label: 'ccache: warm job wall time (other checkout path)', value: `${(warm.wallMs / 1000).toFixed(1)} s` },
      { label: 'ccache: warm / cold job wall time', value: ratio(warm.wallMs, cold.wallMs) },
      { label: 'ccache: cold build phase', value: cold.buildS !== undefined ? `${cold.buildS} s` : 'n/a' },
      { label: 'ccache: warm build phase', value: warm.buildS !== undefined ? `${warm.buildS} s` : 'n/a' },
      { label: 'ccache: warm / cold build phase', value: ratio(warm.buildS, cold.buildS) },
      { label: 'ccache: warm hit rate', value: warm.rate !== undefined ? `${warm.rate} %` : 'n/a' },
      { label: 'ccache: save time (local backend, cold job)', value: cold.saveS !== undefined ? `${cold.saveS} s` : 'n/a' },
      { label: 'ccache: restore time (local backend, warm job)', value: warm.restoreS !== undefined ? `${warm.restoreS} s` : 'n/a' },
    ];
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { label, value } of await ccacheBench()) console.log(`${label}: ${value}`);
}
