// The real upload transport (node:http fed by a file read stream) against a real HTTP server on 127.0.0.1: the bytes,
// the headers, Content-Length rather than chunked encoding, and a retry that reads the file again from its start.
import { createHash } from 'node:crypto';
import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { ReleaseClient, RequestLike, Release, UploadError, httpUpload, isValidation } from '../../src/release/github.js';
import { sha256File } from '../../src/common/hash.js';
import { tunnellingProxy } from './proxy.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-sink-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bytes: number;
  sha: string;
}

/** A local server that reads every request body whole (hashing it), then lets `answer` reply. */
async function sink(answer: (r: Received, res: ServerResponse, n: number) => void) {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (c: Buffer) => ((bytes += c.length), hash.update(c)));
    req.on('end', () => {
      const r = { method: req.method!, url: req.url!, headers: req.headers, bytes, sha: hash.digest('hex') };
      received.push(r);
      answer(r, res, received.length);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, received, port: (server.address() as AddressInfo).port };
}

const close = (server: Server) => new Promise((r) => server.close(r));

function bigFile(name: string, size: number): string {
  const path = join(dir, name);
  const content = Buffer.alloc(size);
  for (let i = 0; i < content.length; i += 4096) content[i] = i % 251;
  writeFileSync(path, content);
  return path;
}

const json = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

test('an upload streams the file with its Content-Length to the upload_url host (a real local HTTP server)', async () => {
  const size = 8 * 1024 * 1024 + 3;
  const { server, received, port } = await sink((r, res) =>
    json(res, 201, { id: 1, name: 'big.bin', size: r.bytes, state: 'uploaded', digest: `sha256:${r.sha}`, browser_download_url: 'http://x/big.bin' }),
  );
  try {
    const path = bigFile('big.bin', size);
    const octokit = getOctokit('t0ken', { baseUrl: `http://127.0.0.1:${port}/api/v3` }) as unknown as RequestLike;
    const client = new ReleaseClient(octokit, { owner: 'o', repo: 'r', token: 't0ken' });
    const release = { id: 7, upload_url: `http://127.0.0.1:${port}/api/uploads/repos/o/r/releases/7/assets{?name,label}` } as Release;
    const asset = await client.upload(release, { name: 'big.bin', path, size });
    expect(received).toHaveLength(1);
    const [r] = received;
    expect(r!.method).toBe('POST');
    expect(r!.url).toBe('/api/uploads/repos/o/r/releases/7/assets?name=big.bin');
    expect(r!.headers['content-length']).toBe(String(size));
    expect(r!.headers['transfer-encoding']).toBeUndefined();
    expect(r!.headers.authorization).toBe('Bearer t0ken');
    expect(r!.headers['content-type']).toBe('application/octet-stream');
    expect(r!.headers.accept).toBe('application/vnd.github+json');
    expect(r!.headers['x-github-api-version']).toBe('2022-11-28');
    expect(r!.headers['user-agent']).toMatch(/^aswf-ci-actions-release Node\.js\//);
    expect(r!.bytes).toBe(size);
    expect(r!.sha).toBe(await sha256File(path));
    // The parsed JSON of the 201 answer is what the upload returns.
    expect(asset).toEqual({ id: 1, name: 'big.bin', size, state: 'uploaded', digest: `sha256:${r!.sha}`, browser_download_url: 'http://x/big.bin' });
  } finally {
    await close(server);
  }
});

test('a 502 after the body: the partial asset is deleted through the API, then the file is read again and re-sent whole', async () => {
  const size = 3 * 1024 * 1024 + 17;
  const waits: number[] = [];
  const { server, received, port } = await sink((r, res, n) => {
    if (r.method === 'POST' && n === 1) return res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    if (r.method === 'GET') return json(res, 200, [{ id: 99, name: 'data.bin', size: 0, state: 'starter', browser_download_url: 'http://x/data.bin' }]);
    if (r.method === 'DELETE') return res.writeHead(204).end();
    return json(res, 201, { id: 100, name: 'data.bin', size: r.bytes, state: 'uploaded', digest: `sha256:${r.sha}`, browser_download_url: 'http://x/data.bin' });
  });
  try {
    const path = bigFile('data.bin', size);
    const octokit = getOctokit('t0ken', { baseUrl: `http://127.0.0.1:${port}/api/v3` }) as unknown as RequestLike;
    const client = new ReleaseClient(octokit, { owner: 'o', repo: 'r', token: 't0ken', backoffMs: 10, sleep: async (ms) => void waits.push(ms) });
    const release = { id: 7, upload_url: `http://127.0.0.1:${port}/api/uploads/repos/o/r/releases/7/assets{?name,label}` } as Release;
    const asset = await client.upload(release, { name: 'data.bin', path, size });
    expect(received.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)).toEqual([
      'POST /api/uploads/repos/o/r/releases/7/assets',
      'GET /api/v3/repos/o/r/releases/7/assets',
      'DELETE /api/v3/repos/o/r/releases/assets/99',
      'POST /api/uploads/repos/o/r/releases/7/assets',
    ]);
    const sha = await sha256File(path);
    // Both tries sent the whole file: the second one is a fresh read from the start, not the spent stream.
    for (const post of [received[0]!, received[3]!]) {
      expect(post.bytes).toBe(size);
      expect(post.sha).toBe(sha);
      expect(post.headers['content-length']).toBe(String(size));
      expect(post.headers['transfer-encoding']).toBeUndefined();
    }
    expect(waits).toEqual([10]);
    expect(asset).toMatchObject({ id: 100, name: 'data.bin', size, state: 'uploaded' });
  } finally {
    await close(server);
  }
});

test('a connection dropped half way through the body is a network error: retried with a fresh read of the file', async () => {
  const size = 6 * 1024 * 1024;
  const posts: number[] = [];
  let got = 0;
  const server = createServer((req, res) => {
    if (req.method === 'GET') return json(res, 200, []);
    const n = posts.push(0);
    const hash = createHash('sha256');
    req.on('data', (c: Buffer) => {
      posts[n - 1]! += c.length;
      hash.update(c);
      // The first try: the connection drops after 1 MiB, with no answer.
      if (n === 1 && posts[0]! >= 1024 * 1024) req.socket.destroy();
    });
    req.on('end', () => {
      got = posts[n - 1]!;
      json(res, 201, { id: 5, name: 'cut.bin', size: got, state: 'uploaded', digest: `sha256:${hash.digest('hex')}` });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as AddressInfo).port;
    const path = bigFile('cut.bin', size);
    const waits: number[] = [];
    const octokit = getOctokit('t0ken', { baseUrl: `http://127.0.0.1:${port}/api/v3` }) as unknown as RequestLike;
    const client = new ReleaseClient(octokit, { owner: 'o', repo: 'r', token: 't0ken', backoffMs: 10, sleep: async (ms) => void waits.push(ms) });
    const release = { id: 7, upload_url: `http://127.0.0.1:${port}/api/uploads/repos/o/r/releases/7/assets{?name,label}` } as Release;
    const asset = await client.upload(release, { name: 'cut.bin', path, size });
    expect(posts).toHaveLength(2);
    expect(posts[0]).toBeLessThan(size);
    expect(posts[1]).toBe(size);
    expect(got).toBe(size);
    expect(waits).toEqual([10]);
    expect(asset).toMatchObject({ size, digest: `sha256:${await sha256File(path)}` });
  } finally {
    server.closeAllConnections();
    await close(server);
  }
});

test('a 422 from the real server is a RequestError-shaped failure (status, parsed data) and is not retried', async () => {
  const { server, received, port } = await sink((_r, res) =>
    json(res, 422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] }),
  );
  try {
    const path = bigFile('dup.bin', 2 * 1024 * 1024);
    const octokit = getOctokit('t0ken', { baseUrl: `http://127.0.0.1:${port}/api/v3` }) as unknown as RequestLike;
    const client = new ReleaseClient(octokit, { owner: 'o', repo: 'r', token: 't0ken', sleep: async () => undefined });
    const release = { id: 7, upload_url: `http://127.0.0.1:${port}/api/uploads/repos/o/r/releases/7/assets{?name,label}` } as Release;
    const err = await client.upload(release, { name: 'dup.bin', path, size: 2 * 1024 * 1024 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UploadError);
    expect(err).toMatchObject({ status: 422, message: expect.stringMatching(/^HTTP 422 Validation Failed/) });
    expect(isValidation(err, 'already_exists')).toBe(true);
    expect(received).toHaveLength(1);
  } finally {
    await close(server);
  }
});

test('HTTP_PROXY is honoured for a non-loopback upload host: the request reaches the server through a CONNECT tunnel', async () => {
  const size = 1024 * 1024 + 5;
  const { server, received, port } = await sink((r, res) => json(res, 201, { id: 1, name: 'p.bin', size: r.bytes }));
  const proxy = await tunnellingProxy(port);
  const tunnels = proxy.tunnels;
  const saved = { http_proxy: process.env.http_proxy, HTTP_PROXY: process.env.HTTP_PROXY, no_proxy: process.env.no_proxy, NO_PROXY: process.env.NO_PROXY };
  try {
    delete process.env.http_proxy;
    delete process.env.no_proxy;
    delete process.env.NO_PROXY;
    process.env.HTTP_PROXY = proxy.url;
    const path = bigFile('p.bin', size);
    const reply = await httpUpload(new URL('http://uploads.example.test/repos/o/r/releases/7/assets?name=p.bin'), path, size, { authorization: 'Bearer t0ken' });
    expect(reply.status).toBe(201);
    expect(tunnels).toEqual(['uploads.example.test:80']);
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('/repos/o/r/releases/7/assets?name=p.bin');
    // The tunnelling agent names the port in Host; it is the default one, so the same host.
    expect(received[0]!.headers.host).toMatch(/^uploads\.example\.test(:80)?$/);
    expect(received[0]!.bytes).toBe(size);
    expect(received[0]!.sha).toBe(await sha256File(path));
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await proxy.close();
    server.closeAllConnections();
    await close(server);
  }
});
