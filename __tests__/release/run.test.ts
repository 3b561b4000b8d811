import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseSemver } from 'semver';
import { HostExecutor } from '../../src/common/exec.js';
import { Step } from '../../src/common/step.js';
import { main } from '../../src/actions/release.js';
import { readOptions } from '../../src/release/plan.js';
import { publishRelease } from '../../src/release/run.js';
import { FakeGitHub, fetchUpload } from './github-fake.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'release-run-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });

/** A workspace: a git repository with a tagged commit and a built file in dist/. */
function workspace(tag = 'v3.2.1'): string {
  const ws = mkdtempSync(join(root, 'ws-'));
  git(ws, 'init', '-q');
  writeFileSync(join(ws, 'README.md'), 'hello\n');
  writeFileSync(join(ws, 'CMakeLists.txt'), 'project(openexr)\n');
  git(ws, 'add', '.');
  git(ws, 'commit', '-q', '-m', 'init');
  git(ws, 'tag', tag);
  mkdirSync(join(ws, 'dist'));
  writeFileSync(join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz'), Buffer.alloc(50_000, 3));
  return ws;
}

function env(ws: string, inputs: Record<string, string> = {}, tag = 'v3.2.1') {
  const e: Record<string, string> = {
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_REPOSITORY: 'AcademySoftwareFoundation/openexr',
    GITHUB_WORKSPACE: ws,
    GITHUB_TOKEN: 'ghs_secret',
    GITHUB_WORKFLOW_REF: `AcademySoftwareFoundation/openexr/.github/workflows/release.yml@refs/tags/${tag}`,
    RUNNER_TEMP: root,
    'INPUT_SIGN': 'none',
    'INPUT_FILES': 'dist/*.tar.gz',
  };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  return e;
}

function stepFor(e: Record<string, string>) {
  const out: string[] = [];
  return { step: new Step(e, (t) => void out.push(t)), out };
}

async function run(gh: FakeGitHub, e: Record<string, string>) {
  const { step, out } = stepFor(e);
  const options = readOptions(e, e.GITHUB_REF!.slice(10), parseSemver);
  const outDir = mkdtempSync(join(root, 'out-'));
  const outcome = await publishRelease(step, options, { exec: new HostExecutor(() => undefined), fetch: gh.fetch, uploadAsset: fetchUpload(gh.fetch).transport, sleep: async () => undefined, outDir });
  return { outcome, out: out.join(''), outDir, options };
}

test('drafts, uploads files, source archive and SHA256SUMS, checks them, then publishes (in that order)', async () => {
  const ws = workspace();
  const gh = new FakeGitHub();
  const { outcome, outDir } = await run(gh, env(ws));
  expect(outcome.published).toBe(true);
  expect(outcome.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1.tar.gz']);
  const ops = gh.log.map((l) => l.replace('/repos/AcademySoftwareFoundation/openexr', ''));
  expect(ops[0]).toBe('GET /releases');
  expect(ops[1]).toBe('POST /releases');
  expect(ops.filter((o) => o.startsWith('POST /releases/') && o.includes('/assets'))).toHaveLength(3);
  expect(ops[ops.length - 1]).toMatch(/^PATCH \/releases\/\d+$/);
  const release = gh.releases[0]!;
  expect(release.draft).toBe(false);
  // The source archive is a git archive with the <repo>-<version>/ prefix.
  const listing = execFileSync('tar', ['-tzf', join(outDir, 'openexr-3.2.1.tar.gz')], { encoding: 'utf8' });
  expect(listing.split('\n')).toEqual(expect.arrayContaining(['openexr-3.2.1/', 'openexr-3.2.1/README.md', 'openexr-3.2.1/CMakeLists.txt']));
  // SHA256SUMS checked by the real sha256sum, beside copies of the files.
  const check = mkdtempSync(join(root, 'check-'));
  writeFileSync(join(check, 'SHA256SUMS'), readFileSync(join(outDir, 'SHA256SUMS')));
  writeFileSync(join(check, 'openexr-3.2.1.tar.gz'), readFileSync(join(outDir, 'openexr-3.2.1.tar.gz')));
  writeFileSync(join(check, 'openexr-3.2.1-linux.tar.gz'), readFileSync(join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz')));
  expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: check, encoding: 'utf8' })).toMatch(/openexr-3\.2\.1\.tar\.gz: OK/);
  writeFileSync(join(check, 'openexr-3.2.1-linux.tar.gz'), 'tampered');
  expect(() => execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: check, stdio: 'pipe' })).toThrow();
});

test('a re-run skips assets already there with the same sha256; a different one is an error unless overwrite', async () => {
  const ws = workspace();
  const gh = new FakeGitHub();
  const e = env(ws, { 'source-archive': 'false', checksums: 'false', draft: 'true' });
  await run(gh, e);
  const again = await run(gh, e);
  expect(again.outcome.skipped).toEqual(['openexr-3.2.1-linux.tar.gz']);
  expect(again.outcome.uploaded).toEqual([]);
  expect(gh.releases).toHaveLength(1);
  writeFileSync(join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz'), 'rebuilt');
  await expect(run(gh, e)).rejects.toThrow(/openexr-3\.2\.1-linux\.tar\.gz: .*different content.*'overwrite: true'/);
  const over = await run(gh, { ...e, 'INPUT_OVERWRITE': 'true' });
  expect(over.outcome.uploaded).toEqual(['openexr-3.2.1-linux.tar.gz']);
  expect(gh.releases[0]!.assets[0]!.size).toBe(7);
});

test('a different asset on a published immutable release: the error says it cannot change', async () => {
  const ws = workspace();
  const gh = new FakeGitHub();
  const release = gh.addRelease({ tag_name: 'v3.2.1', draft: false, immutable: true });
  gh.addAsset(release, 'openexr-3.2.1-linux.tar.gz', Buffer.from('old'));
  await expect(run(gh, env(ws, { 'source-archive': 'false', checksums: 'false', overwrite: 'true' }))).rejects.toThrow(/published and immutable/);
  expect(gh.log.some((l) => l.startsWith('POST'))).toBe(false);
});

test('an upload that keeps failing leaves the release a draft', async () => {
  const ws = workspace();
  const gh = new FakeGitHub();
  gh.hooks.push(({ method, url }) => (method === 'POST' && url.host === 'uploads.github.com' ? new Response('{"message":"Server Error"}', { status: 500 }) : undefined));
  await expect(run(gh, env(ws, { 'source-archive': 'false' }))).rejects.toThrow(/upload\(s\) failed, so release v3\.2\.1 stays a draft/);
  expect(gh.releases[0]!.draft).toBe(true);
  expect(gh.log.some((l) => l.startsWith('PATCH'))).toBe(false);
});

test('a 2 GiB sparse file is refused before any request or command', async () => {
  const ws = mkdtempSync(join(root, 'big-'));
  const fd = openSync(join(ws, 'huge.bin'), 'w');
  ftruncateSync(fd, 2 * 1024 ** 3);
  closeSync(fd);
  const requests: string[] = [];
  const commands: string[][] = [];
  const e = env(ws, { files: 'huge.bin' });
  const options = readOptions(e, 'v3.2.1', parseSemver);
  const { step } = stepFor(e);
  const exec = { where: 'host', run: async (argv: readonly string[]) => (commands.push([...argv]), { exitCode: 0, stdout: '', stderr: '' }), which: async () => undefined };
  await expect(
    publishRelease(step, options, { exec, fetch: (async (u: string) => (requests.push(String(u)), new Response('{}'))) as typeof fetch }),
  ).rejects.toThrow(/huge\.bin: 2147483648 bytes is too large \(GitHub accepts release assets under 2 GiB/);
  expect(requests).toEqual([]);
  expect(commands).toEqual([]);
});

test('names GitHub would rename and too many assets are refused before any request', async () => {
  const ws = mkdtempSync(join(root, 'names-'));
  writeFileSync(join(ws, 'my file.txt'), 'x');
  writeFileSync(join(ws, '.hidden'), 'x');
  const requests: string[] = [];
  const fetch = (async (u: string) => (requests.push(String(u)), new Response('{}'))) as typeof globalThis.fetch;
  const e = env(ws, { files: 'my file.txt\n.hidden', 'source-archive': 'false' });
  const { step } = stepFor(e);
  const p = publishRelease(step, readOptions(e, 'v3.2.1', parseSemver), { exec: new HostExecutor(() => undefined), fetch });
  await expect(p).rejects.toThrow(/my file\.txt: the asset name "my file\.txt" is not allowed \(GitHub renames asset names with characters outside/);
  await expect(publishRelease(step, readOptions(e, 'v3.2.1', parseSemver), { exec: new HostExecutor(() => undefined), fetch })).rejects.toThrow(/\.hidden: .*start or end with a dot/);
  const many = mkdtempSync(join(root, 'many-'));
  for (let i = 0; i < 501; i++) writeFileSync(join(many, `f${i}.txt`), String(i));
  const e2 = env(many, { files: '*.txt', 'source-archive': 'false', checksums: 'false', sign: 'gpg', 'gpg-private-key': 'unused' });
  await expect(publishRelease(stepFor(e2).step, readOptions(e2, 'v3.2.1', parseSemver), { exec: new HostExecutor(() => undefined), fetch })).rejects.toThrow(
    /1002 assets \(with checksums and signatures\) is too many: GitHub keeps at most 1000/,
  );
  expect(requests).toEqual([]);
});

test('a pattern matching nothing is an error naming the input, unless allow-missing', async () => {
  const ws = workspace();
  const gh = new FakeGitHub();
  await expect(run(gh, env(ws, { files: 'dist/*.zip' }))).rejects.toThrow(`Input 'files' has an invalid value "dist/*.zip"`);
  const { outcome, out } = await run(gh, env(ws, { files: 'dist/*.zip', 'allow-missing': 'true', checksums: 'false' }));
  expect(outcome.assets.map((a) => a.name)).toEqual(['openexr-3.2.1.tar.gz']);
  expect(out).toContain('::warning::The pattern "dist/*.zip" in \'files\' matches no file.');
});

describe('main', () => {
  test('a branch push does nothing and says why', async () => {
    const { step, out } = stepFor({ GITHUB_REF: 'refs/heads/main' });
    await main(step);
    expect(out.join('')).toContain('::notice::Nothing to release: the ref refs/heads/main is not a tag');
    expect(step.outputs.published).toBe('false');
  });

  test('require-tag makes a branch push a failure', async () => {
    const { step } = stepFor({ GITHUB_REF: 'refs/heads/main', 'INPUT_REQUIRE-TAG': 'true' });
    await expect(main(step)).rejects.toThrow("Nothing to release: the ref refs/heads/main is not a tag (release runs on tag pushes: on: push: tags: ['v*']), and 'require-tag' is true.");
  });

  test('a tag-delete push does nothing', async () => {
    const event = join(root, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/tags/v1.0.0', deleted: true, created: false }));
    const { step, out } = stepFor({ GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    await main(step);
    expect(out.join('')).toContain('::notice::Nothing to release: the push deleted the tag v1.0.0.');
  });
});
