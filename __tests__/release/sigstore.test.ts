// Sigstore keyless signing, fully offline: @sigstore/mock plays Fulcio and Rekor, @sigstore/verify checks the
// bundle this action writes against a trusted root of those mock services' keys, with the identity policy users give
// `sigstore verify github`. It runs in a plain Node child (see the fixture script for why), on the compiled module.
import { execFileSync } from 'node:child_process';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { githubIdentityToken } from '../../src/release/sign.js';
import { tunnellingProxy } from './proxy.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-sigstore-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compiles src/release/sign.ts and what it imports to plain ESM JavaScript under `dir`. */
function compile(): string {
  const out = join(dir, 'compiled');
  for (const rel of ['release/sign.ts', 'common/errors.ts']) {
    const source = readFileSync(join(repo, 'src', rel), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    mkdirSync(join(out, dirname(rel)), { recursive: true });
    writeFileSync(join(out, rel.replace(/\.ts$/, '.js')), js);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return out;
}

test('signs a file into <file>.sigstore.json that @sigstore/verify accepts for the workflow identity only, and not for a tampered file', () => {
  const compiled = compile();
  const file = join(dir, 'openexr-3.2.1.tar.gz');
  writeFileSync(file, 'source archive bytes\n');
  const script = join(repo, '__tests__', 'fixtures', 'release', 'sigstore-sign-verify.mjs');
  const stdout = execFileSync(process.execPath, [script, compiled, file], { cwd: dir, encoding: 'utf8' });
  const result = JSON.parse(stdout.trim().split('\n').pop()!);
  expect(result.out).toBe(`${file}.sigstore.json`);
  expect(result.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/);
  expect(result.good).toEqual({ ok: true, san: 'https://github.com/AcademySoftwareFoundation/openexr/.github/workflows/release.yml@refs/tags/v3.2.1' });
  expect(result.tampered.ok).toBe(false);
  expect(result.otherIdentity.ok).toBe(false);
});

test("without 'permissions: id-token: write' (no token request URL) the error names the permission", () => {
  expect(() => githubIdentityToken({})).toThrow(/add 'permissions: id-token: write'/);
});

/** A local HTTP server, and a proxy that records each CONNECT and tunnels it to that server whatever the host. */
async function serverBehindProxy(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const proxy = await tunnellingProxy(port);
  const close = async () => {
    await proxy.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return { tunnels: proxy.tunnels, proxyUrl: proxy.url, close };
}

async function withProxyEnv<T>(proxyUrl: string, fn: () => Promise<T>): Promise<T> {
  const names = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];
  const saved = Object.fromEntries(names.map((k) => [k, process.env[k]]));
  try {
    for (const k of names) delete process.env[k];
    process.env.HTTP_PROXY = proxyUrl;
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test('the OIDC token is requested for audience sigstore with the runner bearer token, through the proxy the uploads use', async () => {
  const seen: Array<{ url: string; authorization?: string; host?: string }> = [];
  const { tunnels, proxyUrl, close } = await serverBehindProxy((req, res) => {
    seen.push({ url: req.url!, authorization: req.headers.authorization, host: req.headers.host });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: 'the.jwt.value' }));
  });
  try {
    const value = await withProxyEnv(proxyUrl, async () => {
      const get = githubIdentityToken({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://pipelines.example.test/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer-xyz' });
      return get();
    });
    expect(value).toBe('the.jwt.value');
    // The request went through the proxy (a CONNECT tunnel), not straight to the host as global fetch would.
    expect(tunnels).toEqual(['pipelines.example.test:80']);
    expect(seen).toEqual([{ url: '/token?api-version=2.0&audience=sigstore', authorization: 'Bearer bearer-xyz', host: expect.stringMatching(/^pipelines\.example\.test(:80)?$/) }]);
  } finally {
    await close();
  }
});

test('a refused OIDC token request names the permission; an answer without a token is an error', async () => {
  let status = 403;
  const { proxyUrl, close } = await serverBehindProxy((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(status === 200 ? '{"count":0}' : '{"message":"forbidden"}');
  });
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://pipelines.example.test/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer-xyz' };
  try {
    await withProxyEnv(proxyUrl, async () => {
      await expect(githubIdentityToken(env)()).rejects.toThrow("Getting the OIDC token for Sigstore failed: HTTP 403. Does the job have 'permissions: id-token: write'?");
      status = 200;
      await expect(githubIdentityToken(env)()).rejects.toThrow('The runner returned no OIDC token for Sigstore.');
    });
  } finally {
    await close();
  }
});
