// Benchmarks for the release action, called by scripts/bench.mjs. They run the project's own code: src/release/
// assets.ts, github.ts and what they import are transpiled on the fly (typescript's transpileModule) into a temp
// directory and imported from there.
// 1. SHA-256 throughput of sha256File (src/common/hash.ts) against `sha256sum` on the same 1 GiB file.
// 2. Peak RSS (process.resourceUsage().maxRSS) of a child process that uploads a file to a local HTTP sink on
//    127.0.0.1 through ReleaseClient.upload with its default transport (src/release/github.ts httpUpload), for a
//    64 MiB and a 1 GiB file: goal under 150 MB whatever the file size.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Transpiles the release modules the benchmark runs (and their imports) to ESM JavaScript under `dir`. */
function compile(dir) {
  const out = join(dir, 'compiled');
  for (const rel of ['release/assets.ts', 'release/github.ts', 'common/errors.ts', 'common/format.ts', 'common/hash.ts', 'common/paths.ts']) {
    const source = readFileSync(join(root, 'src', rel), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    mkdirSync(join(out, dirname(rel)), { recursive: true });
    writeFileSync(join(out, rel.replace(/\.ts$/, '.js')), js);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  // The compiled github.js imports @actions/http-client (proxy agents): resolved from the project's node_modules.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return out;
}

function writeData(path, size) {
  // Real data (not a sparse file), written in 64 MiB pieces of varying bytes.
  const piece = Buffer.alloc(64 * MiB);
  for (let i = 0; i < piece.length; i += 4) piece.writeUInt32LE((i * 2654435761) >>> 0, i);
  writeFileSync(path, '');
  for (let written = 0; written < size; written += piece.length) writeFileSync(path, piece.subarray(0, Math.min(piece.length, size - written)), { flag: 'a' });
}

// The child: ReleaseClient.upload as the action calls it, default transport; no Octokit call is expected (the API
// object only serves the clean-up after a failed try, which would be a benchmark failure).
const UPLOADER = `
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [github, uploadUrl, path] = process.argv.slice(2);
const { ReleaseClient } = await import(pathToFileURL(github).href);
const api = { request: async (route) => { throw new Error('unexpected API call ' + JSON.stringify(route)); } };
const client = new ReleaseClient(api, { owner: 'o', repo: 'r', token: 'bench', attempts: 1 });
const size = statSync(path).size;
const started = process.hrtime.bigint();
const asset = await client.upload({ id: 1, upload_url: uploadUrl }, { name: 'big.bin', path, size });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ asset, seconds, maxRssKiB: process.resourceUsage().maxRSS }));
`;

async function uploadPeak(dir, github, path, size) {
  let received = 0;
  let headers;
  const server = createServer((req, res) => {
    headers = req.headers;
    req.on('data', (c) => (received += c.length));
    req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 1, name: 'big.bin', size: received, state: 'uploaded' })));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const uploadUrl = `http://127.0.0.1:${server.address().port}/repos/o/r/releases/1/assets{?name,label}`;
  const script = join(dir, 'uploader.mjs');
  writeFileSync(script, UPLOADER);
  try {
    const out = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [script, github, uploadUrl, path], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (c) => (text += c));
      child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`the uploader exited ${code}`))));
    });
    if (received !== size || out.asset.size !== size) throw new Error(`the sink received ${received} bytes of ${size}`);
    if (headers['content-length'] !== String(size) || headers['transfer-encoding'] !== undefined) throw new Error('the upload was not sent with its Content-Length');
    return out;
  } finally {
    server.close();
  }
}

const mb = (kib) => `${((kib * 1024) / 1e6).toFixed(0)} MB`;

export default async function releaseBench() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-release-'));
  try {
    const compiled = compile(dir);
    const { sha256File } = await import(pathToFileURL(join(compiled, 'common', 'hash.js')).href);
    const github = join(compiled, 'release', 'github.js');
    const file = join(dir, 'one-gib.bin');
    writeData(file, GiB);
    let t = process.hrtime.bigint();
    const ours = await sha256File(file);
    const oursS = Number(process.hrtime.bigint() - t) / 1e9;
    t = process.hrtime.bigint();
    const theirs = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
    const theirsS = Number(process.hrtime.bigint() - t) / 1e9;
    if (ours !== theirs) throw new Error(`sha256 mismatch: ${ours} vs sha256sum ${theirs}`);
    const small = join(dir, 'small.bin');
    writeData(small, 64 * MiB);
    const upSmall = await uploadPeak(dir, github, small, 64 * MiB);
    const upBig = await uploadPeak(dir, github, file, GiB);
    return [
      { label: 'release: sha256 of 1 GiB (sha256File, node:crypto stream)', value: `${(1024 / oursS).toFixed(0)} MiB/s (${oursS.toFixed(2)} s)` },
      { label: 'release: sha256 of 1 GiB (sha256sum)', value: `${(1024 / theirsS).toFixed(0)} MiB/s (${theirsS.toFixed(2)} s)` },
      { label: 'release: peak RSS uploading 64 MiB to 127.0.0.1 (ReleaseClient.upload)', value: `${mb(upSmall.maxRssKiB)} (${(64 / upSmall.seconds).toFixed(0)} MiB/s)` },
      { label: 'release: peak RSS uploading 1 GiB to 127.0.0.1 (ReleaseClient.upload, goal < 150 MB)', value: `${mb(upBig.maxRssKiB)} (${(1024 / upBig.seconds).toFixed(0)} MiB/s)` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const { label, value } of await releaseBench()) console.log(`${label}: ${value}`);
}
