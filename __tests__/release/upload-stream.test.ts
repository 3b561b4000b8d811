import { createHash } from 'node:crypto';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { ReleaseClient, RequestLike, Release } from '../../src/release/github.js';
import { sha256File } from '../../src/release/assets.js';

test('an upload streams the file with its Content-Length to the upload_url host (a real local HTTP server)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-sink-'));
  const received: { headers?: IncomingHttpHeaders; bytes: number; sha: string; url?: string } = { bytes: 0, sha: '' };
  const server = createServer((req, res) => {
    const hash = createHash('sha256');
    req.on('data', (c: Buffer) => ((received.bytes += c.length), hash.update(c)));
    req.on('end', () => {
      received.headers = req.headers;
      received.url = req.url;
      received.sha = hash.digest('hex');
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 1, name: 'big.bin', size: received.bytes, state: 'uploaded', digest: `sha256:${received.sha}`, browser_download_url: 'http://x/big.bin' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as AddressInfo).port;
    const path = join(dir, 'big.bin');
    const content = Buffer.alloc(8 * 1024 * 1024 + 3);
    for (let i = 0; i < content.length; i += 4096) content[i] = i % 251;
    writeFileSync(path, content);
    const octokit = getOctokit('t0ken', { baseUrl: `http://127.0.0.1:${port}/api/v3` }) as unknown as RequestLike;
    const client = new ReleaseClient(octokit, { owner: 'o', repo: 'r' });
    const release = { id: 7, upload_url: `http://127.0.0.1:${port}/api/uploads/repos/o/r/releases/7/assets{?name,label}` } as Release;
    const asset = await client.upload(release, { name: 'big.bin', path, size: content.length });
    expect(received.url).toBe('/api/uploads/repos/o/r/releases/7/assets?name=big.bin');
    expect(received.headers?.['content-length']).toBe(String(content.length));
    expect(received.headers?.['transfer-encoding']).toBeUndefined();
    expect(received.headers?.authorization).toBe('token t0ken');
    expect(received.sha).toBe(await sha256File(path));
    expect(asset.size).toBe(content.length);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
