// Sigstore keyless signing, fully offline: @sigstore/mock plays Fulcio and Rekor, @sigstore/verify checks the
// bundle this action writes against a trusted root of those mock services' keys, with the identity policy users give
// `sigstore verify github`. It runs in a plain Node child (see the fixture script for why), on the compiled module.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { githubIdentityToken } from '../../src/release/sign.js';

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

test('the OIDC token is requested for audience sigstore with the runner bearer token', async () => {
  const seen: string[] = [];
  const fetch = (async (url: URL, init: RequestInit) => {
    seen.push(String(url), (init.headers as Record<string, string>).authorization!);
    return new Response(JSON.stringify({ value: 'the.jwt.value' }), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  const get = githubIdentityToken({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer-xyz' }, fetch);
  expect(await get()).toBe('the.jwt.value');
  expect(seen).toEqual(['https://pipelines.example/token?api-version=2.0&audience=sigstore', 'Bearer bearer-xyz']);
});
