// Sigstore keyless signing, fully offline: @sigstore/mock plays Fulcio and Rekor, @sigstore/verify checks the
// bundle this action writes against a trusted root of those mock services' keys, with the identity policy users give
// `sigstore verify github`. It runs in a plain Node child (see the fixture script for why), on the compiled module.
import { execFileSync } from 'node:child_process';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseSemver } from 'semver';
import { HostExecutor } from '../../src/common/exec.js';
import { Step } from '../../src/common/step.js';
import { ReleaseOptions, readOptions } from '../../src/release/plan.js';
import { publishRelease, summary, verifyCommands } from '../../src/release/run.js';
import { certificateIdentity, githubIdentityToken } from '../../src/release/sign.js';
import { FakeGitHub, fetchUpload } from './github-fake.js';
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
  for (const rel of ['release/sign.ts', 'common/errors.ts', 'common/oidc.ts']) {
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

test('the summary names the identity in the signing certificate (a reusable workflow), not the calling workflow', async () => {
  const compiled = existsSync(join(dir, 'compiled')) ? join(dir, 'compiled') : compile();
  const file = join(dir, 'reusable', 'openexr-3.2.1.tar.gz');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, 'source archive bytes\n');
  // The job calls a reusable workflow of another repository: the certificate names that workflow.
  const reusable = 'https://github.com/AcademySoftwareFoundation/ci-actions/.github/workflows/release.yml@refs/heads/main';
  const script = join(repo, '__tests__', 'fixtures', 'release', 'sigstore-sign-verify.mjs');
  const result = JSON.parse(execFileSync(process.execPath, [script, compiled, file, reusable], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!);
  const bundle = JSON.parse(readFileSync(result.out, 'utf8'));
  // The SAN @sigstore/verify reads from the mock-issued certificate is the one this action reads.
  expect(result.good.ok).toBe(true);
  expect(result.good.san).toBe(reusable);
  expect(certificateIdentity(bundle)).toBe(result.good.san);

  // The whole flow with sign: sigstore, its signer writing that mock-produced bundle (sigstore-js itself is exercised
  // above, in a plain Node process).
  const ws = join(dir, 'reusable-ws');
  mkdirSync(join(ws, 'dist'), { recursive: true });
  copyFileSync(file, join(ws, 'dist', 'openexr-3.2.1.tar.gz'));
  const env: Record<string, string> = {
    GITHUB_REF: 'refs/tags/v3.2.1',
    GITHUB_REPOSITORY: 'AcademySoftwareFoundation/openexr',
    GITHUB_WORKSPACE: ws,
    GITHUB_TOKEN: 'ghs_secret',
    // The caller's workflow: what the summary printed before it read the certificate.
    GITHUB_WORKFLOW_REF: 'AcademySoftwareFoundation/openexr/.github/workflows/release.yml@refs/tags/v3.2.1',
    RUNNER_TEMP: dir,
    INPUT_SIGN: 'sigstore',
    INPUT_FILES: 'dist/*',
    'INPUT_SOURCE-ARCHIVE': 'false',
  };
  const gh = new FakeGitHub();
  const out: string[] = [];
  const options = readOptions(env, 'v3.2.1', parseSemver);
  const outcome = await publishRelease(new Step(env, (t) => void out.push(t)), options, {
    exec: new HostExecutor(() => undefined),
    fetch: gh.fetch,
    uploadAsset: fetchUpload(gh.fetch).transport,
    sleep: async () => undefined,
    sigstore: { getToken: async () => 'unused' },
    sigstoreSign: async (_path, target) => (copyFileSync(result.out, target), target),
  });
  expect(outcome.identity).toBe(result.good.san);
  const text = summary(options, outcome);
  const commands = text.slice(text.indexOf('```sh\n') + 6, text.lastIndexOf('```')).trimEnd().split('\n');
  expect(commands).toEqual([
    'sha256sum -c --ignore-missing SHA256SUMS',
    `sigstore verify github --cert-identity ${reusable} openexr-3.2.1.tar.gz`,
    `sigstore verify github --cert-identity ${reusable} SHA256SUMS`,
    '# or with cosign:',
    `cosign verify-blob --bundle openexr-3.2.1.tar.gz.sigstore.json --certificate-identity ${reusable} --certificate-oidc-issuer https://token.actions.githubusercontent.com openexr-3.2.1.tar.gz`,
    `cosign verify-blob --bundle SHA256SUMS.sigstore.json --certificate-identity ${reusable} --certificate-oidc-issuer https://token.actions.githubusercontent.com SHA256SUMS`,
  ]);
  expect(text).not.toContain('openexr/.github/workflows/release.yml');
  expect(out.join('')).toContain(`Sigstore certificate identity: ${reusable}`);
});

test('without a certificate in the bundle, the summary falls back to GITHUB_WORKFLOW_REF', () => {
  expect(certificateIdentity({ verificationMaterial: { publicKey: { hint: 'x' } } })).toBeUndefined();
  const options = { sign: 'sigstore', serverUrl: 'https://github.com', workflowRef: 'o/r/.github/workflows/release.yml@refs/tags/v1', owner: 'o', repo: 'r', tag: 'v1' } as ReleaseOptions;
  expect(verifyCommands(options, ['a.tgz', 'a.tgz.sigstore.json'])).toContain(
    'sigstore verify github --cert-identity https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1 a.tgz',
  );
});
