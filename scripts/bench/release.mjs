// Benchmarks for the release action, called by scripts/bench.mjs:
// 1. SHA-256 throughput of the action's hashing (node:crypto fed by a 1 MiB-chunk read stream, exactly as
//    src/release/assets.ts sha256File does) against `sha256sum` on the same 1 GiB file.
// 2. Peak RSS of a child process that streams a large file to a local HTTP sink on 127.0.0.1 the way
//    src/release/github.ts uploads (fetch with a Node read stream body, duplex 'half', Content-Length set).
//    Goal: under 150 MB whatever the file size.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const GiB = 1024 ** 3;

async function sha256File(path) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), hash);
  return hash.digest('hex');
}

function writeRandomish(path, size) {
  // Real data (not a sparse file), written in 64 MiB pieces of pseudo-random bytes.
  const piece = Buffer.alloc(64 * 1024 * 1024);
  for (let i = 0; i < piece.length; i += 4) piece.writeUInt32LE((i * 2654435761) >>> 0, i);
  writeFileSync(path, '');
  for (let written = 0; written < size; written += piece.length) writeFileSync(path, piece.subarray(0, Math.min(piece.length, size - written)), { flag: 'a' });
}

const UPLOADER = `
import { createReadStream, statSync } from 'node:fs';
const [url, path] = process.argv.slice(1);
const size = statSync(path).size;
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) }, body: createReadStream(path, { highWaterMark: 1 << 20 }), duplex: 'half' });
await res.text();
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ status: res.status, peak }));
`;

async function uploadPeak(path) {
  let received = 0;
  const server = createServer((req, res) => {
    req.on('data', (c) => (received += c.length));
    req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/assets?name=big.bin`;
  try {
    const out = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', UPLOADER, url, path], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (c) => (text += c));
      child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`uploader exited ${code}`))));
    });
    return { ...out, received };
  } finally {
    server.close();
  }
}

export default async function releaseBench() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-release-'));
  try {
    const file = join(dir, 'one-gib.bin');
    writeRandomish(file, GiB);
    let t = process.hrtime.bigint();
    const ours = await sha256File(file);
    const oursS = Number(process.hrtime.bigint() - t) / 1e9;
    t = process.hrtime.bigint();
    const theirs = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
    const theirsS = Number(process.hrtime.bigint() - t) / 1e9;
    if (ours !== theirs) throw new Error(`sha256 mismatch: ${ours} vs sha256sum ${theirs}`);
    const up = await uploadPeak(file);
    if (up.received !== GiB) throw new Error(`the sink received ${up.received} bytes of ${GiB}`);
    return [
      { label: 'release: sha256 of 1 GiB (node:crypto stream)', value: `${(1024 / oursS).toFixed(0)} MiB/s (${oursS.toFixed(2)} s)` },
      { label: 'release: sha256 of 1 GiB (sha256sum)', value: `${(1024 / theirsS).toFixed(0)} MiB/s (${theirsS.toFixed(2)} s)` },
      { label: 'release: peak RSS streaming a 1 GiB upload to 127.0.0.1 (goal < 150 MB)', value: `${(up.peak / 1e6).toFixed(0)} MB` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { label, value } of await releaseBench()) console.log(`${label}: ${value}`);
}
