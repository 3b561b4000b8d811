import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseSemver } from 'semver';
import { HostExecutor } from '../../src/common/exec.js';
import { Step } from '../../src/common/step.js';
import { main } from '../../src/actions/release.js';
import { readOptions } from '../../src/release/plan.js';
import { publishRelease, summary } from '../../src/release/run.js';
import { FakeGitHub, fetchDownload, fetchUpload, serve } from './github-fake.js';

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

async function run(gh: FakeGitHub, e: Record<string, string>, downloads = fetchDownload(gh.fetch)) {
  const { step, out } = stepFor(e);
  const options = readOptions(e, e.GITHUB_REF!.slice(10), parseSemver);
  const outDir = mkdtempSync(join(root, 'out-'));
  const outcome = await publishRelease(step, options, {
    exec: new HostExecutor(() => undefined),
    fetch: gh.fetch,
    uploadAsset: fetchUpload(gh.fetch).transport,
    downloadAsset: downloads.hasher,
    sleep: async () => undefined,
    outDir,
  });
  return { outcome, out: out.join(''), outDir, options };
}

/** The modifying requests a run made (uploads, deletes, release updates), without the repository prefix. */
const writes = (gh: FakeGitHub, from = 0) =>
  gh.log.slice(from).filter((l) => /^(POST|PATCH|DELETE) /.test(l)).map((l) => l.replace('/repos/AcademySoftwareFoundation/openexr', ''));

/** Writes each asset of the fake's release into a new directory, as a user downloading them all would have them. */
function download(gh: FakeGitHub): string {
  const d = mkdtempSync(join(root, 'dl-'));
  for (const a of gh.releases[0]!.assets) writeFileSync(join(d, a.name), gh.contents.get(a.id)!);
  return d;
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

describe('matrix jobs and one final job against the same release', () => {
  /** A matrix job's workspace: the tagged repository with this platform's build in dist/. */
  function job(platform: string, content: string): string {
    const ws = workspace();
    rmSync(join(ws, 'dist'), { recursive: true });
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', `openexr-3.2.1-${platform}.tar.gz`), content);
    return ws;
  }
  const matrixInputs = { draft: 'true', 'source-archive': 'false', checksums: 'false' };

  test('matrix jobs with draft: true only upload their files and never publish; the final job writes SHA256SUMS over every asset and publishes', async () => {
    const gh = new FakeGitHub();
    const linux = job('linux', 'linux build\n');
    const macos = job('macos', 'macos build, a little longer\n');
    const a = await run(gh, env(linux, matrixInputs));
    const b = await run(gh, env(macos, matrixInputs));
    expect(a.outcome.published).toBe(false);
    expect(b.outcome.published).toBe(false);
    expect(gh.releases).toHaveLength(1);
    expect(gh.releases[0]!.draft).toBe(true);
    // Neither job deleted nor replaced the other's asset, and neither published.
    expect(gh.releases[0]!.assets.map((x) => x.name)).toEqual(['openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1-macos.tar.gz']);
    expect(writes(gh).filter((w) => !w.startsWith('POST'))).toEqual([]);
    expect(b.out).toContain('this job never publishes it');

    // A re-run of one matrix job skips its identical upload and changes nothing.
    const before = gh.log.length;
    const again = await run(gh, env(linux, matrixInputs));
    expect(again.outcome.skipped).toEqual(['openexr-3.2.1-linux.tar.gz']);
    expect(again.outcome.uploaded).toEqual([]);
    expect(writes(gh, before)).toEqual([]);

    // An asset GitHub reports no digest for (GHES, older assets) is downloaded and hashed for SHA256SUMS.
    gh.releases[0]!.assets[1]!.digest = null;
    const downloads = fetchDownload(gh.fetch);
    // The final job's checkout, reused by its re-run below: the same tag commit gives the same git archive (two
    // repositories committed in different seconds would not).
    const finalWs = job('final', 'unused');
    const final = await run(gh, env(finalWs, { files: '', checksums: 'true', 'source-archive': 'true' }), downloads);
    expect(final.outcome.published).toBe(true);
    expect(gh.releases[0]!.draft).toBe(false);
    expect(downloads.got).toEqual([gh.releases[0]!.assets[1]!.url]);
    const names = gh.releases[0]!.assets.map((x) => x.name).sort();
    expect(names).toEqual(['SHA256SUMS', 'openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1-macos.tar.gz', 'openexr-3.2.1.tar.gz']);
    const sums = readFileSync(join(final.outDir, 'SHA256SUMS'), 'utf8');
    expect(sums.trim().split('\n').map((l) => l.split('  ')[1])).toEqual(['openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1-macos.tar.gz', 'openexr-3.2.1.tar.gz']);
    // Checked with the real sha256sum against the bytes the release serves.
    const dl = download(gh);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dl, encoding: 'utf8' }).trim().split('\n')).toEqual([
      'openexr-3.2.1-linux.tar.gz: OK',
      'openexr-3.2.1-macos.tar.gz: OK',
      'openexr-3.2.1.tar.gz: OK',
    ]);
    expect(final.outcome.assets.map((x) => x.name).sort()).toEqual(names);
    expect(final.outcome.assets.every((x) => /^[0-9a-f]{64}$/.test(x.sha256))).toBe(true);

    // A re-run of the final job, now that the release is published: everything is the same, nothing is modified.
    const mark = gh.log.length;
    const rerun = await run(gh, env(finalWs, { files: '', checksums: 'true', 'source-archive': 'true' }));
    expect(rerun.outcome.uploaded).toEqual([]);
    expect(rerun.outcome.skipped.sort()).toEqual(['SHA256SUMS', 'openexr-3.2.1.tar.gz']);
    expect(writes(gh, mark)).toEqual([]);
  });

  test('the final job replaces a stale SHA256SUMS of the draft it publishes (assets added since), and refuses to publish over an incomplete upload', async () => {
    const gh = new FakeGitHub();
    await run(gh, env(job('linux', 'linux\n'), matrixInputs));
    const finalInputs = { files: '', 'source-archive': 'false', checksums: 'true', draft: 'true' };
    await run(gh, env(job('final', 'x'), finalInputs));
    await run(gh, env(job('macos', 'macos\n'), matrixInputs));
    // A broken asset from a failed matrix upload: not listed, and the release is not published.
    gh.addAsset(gh.releases[0]!, 'openexr-3.2.1-windows.zip', Buffer.alloc(0), 'starter');
    await expect(run(gh, env(job('final', 'x'), { ...finalInputs, draft: 'false' }))).rejects.toThrow(
      /SHA256SUMS lists every asset of release v3\.2\.1, and some cannot be listed[^]*openexr-3\.2\.1-windows\.zip: state starter, not uploaded/,
    );
    expect(gh.releases[0]!.draft).toBe(true);
    gh.releases[0]!.assets = gh.releases[0]!.assets.filter((x) => x.name !== 'openexr-3.2.1-windows.zip');
    const final = await run(gh, env(job('final', 'x'), { ...finalInputs, draft: 'false' }));
    expect(final.outcome.uploaded).toEqual(['SHA256SUMS']);
    expect(final.out).toContain('SHA256SUMS: replacing the one there (it lists the assets of an earlier state of the draft this job publishes)');
    expect(readFileSync(join(final.outDir, 'SHA256SUMS'), 'utf8')).toMatch(/openexr-3\.2\.1-linux\.tar\.gz\n.*openexr-3\.2\.1-macos\.tar\.gz\n$/);
    expect(final.outcome.published).toBe(true);
  });

  test('matrix jobs that wrongly keep checksums: the second refuses to replace the first one\'s SHA256SUMS and says how to set up a matrix', async () => {
    const gh = new FakeGitHub();
    const inputs = { draft: 'true', 'source-archive': 'false', checksums: 'true' };
    await run(gh, env(job('linux', 'linux\n'), inputs));
    const sums = gh.releases[0]!.assets.find((x) => x.name === 'SHA256SUMS')!;
    await expect(run(gh, env(job('macos', 'macos\n'), inputs))).rejects.toThrow(
      /SHA256SUMS: release v3\.2\.1 already has an asset of that name with a different content .*'overwrite: true'.*In a matrix, give the matrix jobs 'draft: true', 'checksums: false' and 'source-archive: false'/,
    );
    expect(gh.releases[0]!.assets.find((x) => x.name === 'SHA256SUMS')).toBe(sums);
    expect(gh.log.some((l) => l.startsWith('DELETE') || l.startsWith('PATCH'))).toBe(false);
  });
});

describe('a published release that is not immutable', () => {
  test('gets new assets without overwrite; an asset there with other content is replaced only with overwrite: true', async () => {
    const ws = workspace();
    const gh = new FakeGitHub();
    const release = gh.addRelease({ tag_name: 'v3.2.1', draft: false });
    gh.addAsset(release, 'openexr-3.2.1-linux.tar.gz', readFileSync(join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz')));
    // The same file: nothing to change, no error.
    const same = await run(gh, env(ws, { 'source-archive': 'false', checksums: 'false' }));
    expect(same.outcome.skipped).toEqual(['openexr-3.2.1-linux.tar.gz']);
    expect(same.outcome.published).toBe(true);
    expect(same.outcome.flow).toBe('attach');
    // A new asset (the source archive) is attached, as gh release upload does; nothing else is written.
    const added = await run(gh, env(ws, { checksums: 'false' }));
    expect(added.outcome.uploaded).toEqual(['openexr-3.2.1.tar.gz']);
    expect(writes(gh)).toEqual([`POST /releases/${release.id}/assets?name=openexr-3.2.1.tar.gz`]);
    expect(gh.patches).toEqual([]);
    // A different file of the same name: refused, and nothing is deleted.
    writeFileSync(join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz'), 'rebuilt');
    const mark = gh.log.length;
    await expect(run(gh, env(ws, { 'source-archive': 'false', checksums: 'false' }))).rejects.toThrow(
      /openexr-3\.2\.1-linux\.tar\.gz: release v3\.2\.1 already has an asset of that name with a different content .*Set 'overwrite: true' to replace it \(published: the asset is missing for its users between the delete and the new upload\)/,
    );
    expect(writes(gh, mark)).toEqual([]);
    // With overwrite: true it is replaced, as asked.
    const over = await run(gh, env(ws, { checksums: 'false', overwrite: 'true' }));
    expect(over.outcome.uploaded.sort()).toEqual(['openexr-3.2.1-linux.tar.gz']);
    expect(gh.releases[0]!.assets.find((x) => x.name === 'openexr-3.2.1-linux.tar.gz')!.size).toBe(7);
    expect(gh.patches).toEqual([]);
  });
});

describe('assets GitHub reports no digest for (GHES, older assets)', () => {
  test('a re-run compares sizes, then downloads and hashes before deciding; a failed download could not be verified', async () => {
    const ws = workspace();
    const gh = new FakeGitHub();
    gh.digests = false;
    const e = env(ws, { 'source-archive': 'false', checksums: 'false', draft: 'true' });
    await run(gh, e);
    expect(gh.releases[0]!.assets[0]!.digest).toBeNull();
    // Same bytes: downloaded, hashed, skipped.
    const downloads = fetchDownload(gh.fetch);
    const again = await run(gh, e, downloads);
    expect(again.outcome.skipped).toEqual(['openexr-3.2.1-linux.tar.gz']);
    expect(downloads.got).toHaveLength(1);
    expect(again.out).toContain('GitHub reports no digest for the asset already there; downloading it to compare its sha256.');
    // Another size: different without a download.
    const path = join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz');
    writeFileSync(path, 'short');
    const bySize = fetchDownload(gh.fetch);
    await expect(run(gh, e, bySize)).rejects.toThrow(/different content \(GitHub reports no digest and has 50000 bytes, this one has 5\)/);
    expect(bySize.got).toEqual([]);
    // The same size, other bytes: downloaded, hashed, different.
    writeFileSync(path, Buffer.alloc(50_000, 4));
    await expect(run(gh, e)).rejects.toThrow(/different content \(the asset there is sha256:[0-9a-f]{64} \(downloaded\), this one is sha256:/);
    // The download fails: it could not be verified, and nothing is replaced.
    gh.hooks.push(({ method, url }) => (method === 'GET' && /\/releases\/assets\/\d+$/.test(url.pathname) ? new Response('{"message":"Not Found"}', { status: 404 }) : undefined));
    await expect(run(gh, e)).rejects.toThrow(
      /openexr-3\.2\.1-linux\.tar\.gz: release v3\.2\.1 already has an asset of that name that could not be verified to be the same: GitHub reports no digest for it and downloading it to compare failed \(HTTP 404\)\. Set 'overwrite: true'/,
    );
    expect(gh.log.some((l) => l.startsWith('DELETE'))).toBe(false);
  });
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
    await expect(main(step)).rejects.toThrow("Nothing to release: the ref refs/heads/main is not a tag (release runs on tag pushes, on: push: tags: ['v*'], on release: published, or with the 'tag' input), and 'require-tag' is true.");
  });

  test('a tag-delete push does nothing', async () => {
    const event = join(root, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/tags/v1.0.0', deleted: true, created: false }));
    const { step, out } = stepFor({ GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    await main(step);
    expect(out.join('')).toContain('::notice::Nothing to release: the push deleted the tag v1.0.0.');
  });
});

describe('second-round findings', () => {
  /** A matrix job's workspace: the tagged repository with one build in dist/. */
  function build(platform: string, content: string): string {
    const ws = workspace();
    rmSync(join(ws, 'dist'), { recursive: true });
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', `openexr-3.2.1-${platform}.tar.gz`), content);
    return ws;
  }
  const matrixInputs = { draft: 'true', 'source-archive': 'false', checksums: 'false' };
  const finalInputs = { files: '', checksums: 'true', 'source-archive': 'false' };

  test('two drafts after a race (another job\'s draft not yet listed when ours was created): the final job refuses to publish and names both', async () => {
    const gh = new FakeGitHub();
    await run(gh, env(build('linux', 'linux\n'), matrixInputs));
    const first = gh.releases[0]!;
    // The macOS job lists before the Linux draft is visible: it creates its own and uploads to it.
    gh.unlisted.add(first.id);
    await run(gh, env(build('macos', 'macos\n'), matrixInputs));
    gh.unlisted.delete(first.id);
    const second = gh.releases[1]!;
    expect(second.assets.map((a) => a.name)).toEqual(['openexr-3.2.1-macos.tar.gz']);
    const mark = gh.log.length;
    const p = run(gh, env(build('final', 'x'), finalInputs));
    await expect(p).rejects.toThrow(
      `Release v3.2.1 is not published: GitHub lists 2 releases of that tag, and only one may be published with all the assets:\n` +
        `${first.id} (draft, this job uploaded to it, ${first.html_url})\n${second.id} (draft, ${second.html_url})\n` +
        `Matrix jobs racing to create the draft made more than one. On https://github.com/AcademySoftwareFoundation/openexr/releases delete every one but ${first.id} ` +
        '(note the assets they hold), re-run the jobs that uploaded to the deleted ones, then re-run this job. ' +
        "To avoid the race, let one job create the draft before the matrix jobs start (for example a job with 'draft: true' and 'checksums: false' that uploads the source archive, which the matrix jobs 'need').",
    );
    expect(gh.releases.every((r) => r.draft)).toBe(true);
    expect(writes(gh, mark).filter((w) => !w.startsWith('POST /releases/'))).toEqual([]);
  });

  test('two drafts after a race (our duplicate already used by a third job): it is not deleted, and the final job refuses to publish', async () => {
    const gh = new FakeGitHub();
    // The macOS job's draft exists (older) but is not listed yet when the Linux job creates its own; a third job
    // lists only the Linux draft and uploads to it before the Linux job lists again.
    const macos = gh.addRelease({ tag_name: 'v3.2.1', draft: true });
    gh.addAsset(macos, 'openexr-3.2.1-macos.tar.gz', Buffer.from('macos\n'));
    gh.unlisted.add(macos.id);
    let listings = 0;
    gh.hooks.push(({ method, url }) => {
      if (method === 'GET' && url.pathname.endsWith('/releases') && ++listings === 2) {
        gh.unlisted.delete(macos.id);
        gh.addAsset(gh.releases[1]!, 'openexr-3.2.1-windows.zip', Buffer.from('windows\n'));
      }
      return undefined;
    });
    const linux = await run(gh, env(build('linux', 'linux\n'), matrixInputs));
    expect(linux.outcome.release.id).toBe(macos.id);
    expect(gh.releases).toHaveLength(2);
    expect(gh.log.some((l) => l.startsWith('DELETE'))).toBe(false);
    await expect(run(gh, env(build('final', 'x'), finalInputs))).rejects.toThrow(
      new RegExp(`GitHub lists 2 releases of that tag[^]*\\n${macos.id} \\(draft, this job uploaded to it, [^)]*\\)\\n${gh.releases[1]!.id} \\(draft, [^]*delete every one but ${macos.id}`),
    );
    expect(gh.patches).toEqual([]);
  });

  test('the assets output and the summary use the download URLs of the published release, not the draft\'s untagged-... ones', async () => {
    const gh = new FakeGitHub();
    const matrix = await run(gh, env(build('linux', 'linux\n'), matrixInputs));
    const untagged = FakeGitHub.untagged(gh.releases[0]!.id);
    expect(matrix.outcome.assets.map((a) => a.url)).toEqual([`https://github.com/AcademySoftwareFoundation/openexr/releases/download/${untagged}/openexr-3.2.1-linux.tar.gz`]);
    const final = await run(gh, env(build('final', 'x'), finalInputs));
    expect(final.outcome.published).toBe(true);
    expect(final.outcome.assets.map((a) => a.url).sort()).toEqual([
      'https://github.com/AcademySoftwareFoundation/openexr/releases/download/v3.2.1/SHA256SUMS',
      'https://github.com/AcademySoftwareFoundation/openexr/releases/download/v3.2.1/openexr-3.2.1-linux.tar.gz',
    ]);
    expect(summary(final.options, final.outcome)).not.toContain('untagged-');
    expect(final.outcome.release.html_url).toBe('https://github.com/AcademySoftwareFoundation/openexr/releases/tag/v3.2.1');
  });

  test('the final job sends its name, body, generated notes and make-latest when publishing a draft a matrix job created', async () => {
    const gh = new FakeGitHub();
    await run(gh, env(build('linux', 'linux\n'), matrixInputs));
    expect(gh.releases[0]!).toMatchObject({ name: 'v3.2.1', body: null });
    await run(gh, env(build('final', 'x'), { ...finalInputs, name: 'OpenEXR 3.2.1', body: 'Bug fixes.', 'generate-notes': 'true', 'make-latest': 'false' }));
    const notes =
      "## What's Changed\n* Fix the build by @someone in https://github.com/AcademySoftwareFoundation/openexr/pull/1\n\n" +
      '**Full Changelog**: https://github.com/AcademySoftwareFoundation/openexr/commits/v3.2.1';
    expect(gh.patches).toEqual([{ draft: false, prerelease: false, make_latest: 'false', name: 'OpenEXR 3.2.1', body: `Bug fixes.\n\n${notes}` }]);
    expect(gh.releases[0]!).toMatchObject({ name: 'OpenEXR 3.2.1', body: `Bug fixes.\n\n${notes}`, draft: false });
    expect(gh.log).toContain('POST /repos/AcademySoftwareFoundation/openexr/releases/generate-notes');
  });

  test('a final job without name or body leaves the title and notes a matrix job gave', async () => {
    const gh = new FakeGitHub();
    await run(gh, env(build('linux', 'linux\n'), { ...matrixInputs, name: 'OpenEXR 3.2.1', body: 'From the matrix.' }));
    await run(gh, env(build('final', 'x'), finalInputs));
    expect(gh.patches).toEqual([{ draft: false, prerelease: false, make_latest: 'true' }]);
    expect(gh.releases[0]!).toMatchObject({ name: 'OpenEXR 3.2.1', body: 'From the matrix.', draft: false });
  });

  test('an asset uploaded after SHA256SUMS was written: the release is not published, and the error names it', async () => {
    const gh = new FakeGitHub();
    await run(gh, env(build('linux', 'linux\n'), matrixInputs));
    gh.hooks.push(({ method, url }) => {
      if (method === 'POST' && url.searchParams.get('name') === 'SHA256SUMS') gh.addAsset(gh.releases[0]!, 'openexr-3.2.1-late.zip', Buffer.from('late\n'));
      return undefined;
    });
    await expect(run(gh, env(build('final', 'x'), finalInputs))).rejects.toThrow(
      'SHA256SUMS does not cover the assets of release v3.2.1, so it is not published:\n' +
        'openexr-3.2.1-late.zip: in the release, not in SHA256SUMS (uploaded by another job after SHA256SUMS was written?)\n' +
        'Re-run this job once every other job is done: it writes SHA256SUMS again.',
    );
    expect(gh.releases[0]!.draft).toBe(true);
    expect(gh.patches).toEqual([]);
  });

  test('a source archive of 2 GiB or more is refused after git archive, before any request', async () => {
    const ws = workspace();
    const requests: string[] = [];
    const e = env(ws, { 'source-archive': 'true' });
    const exec = {
      where: 'host',
      // git archive "writes" a sparse 2 GiB file at --output.
      run: async (argv: readonly string[]) => {
        if (argv.includes('rev-parse')) return { exitCode: 0, stdout: 'b9b1e5441200ae3cde86f91c3ad0fa7cff96dd27\n', stderr: '' };
        const out = argv.find((a) => a.startsWith('--output='))!.slice('--output='.length);
        const fd = openSync(out, 'w');
        ftruncateSync(fd, 2 * 1024 ** 3);
        closeSync(fd);
        return { exitCode: 0, stdout: '', stderr: '' };
      },
      which: async () => undefined,
    };
    const outDir = mkdtempSync(join(root, 'out-'));
    await expect(
      publishRelease(stepFor(e).step, readOptions(e, 'v3.2.1', parseSemver), { exec, outDir, fetch: (async (u: string) => (requests.push(String(u)), new Response('{}'))) as typeof fetch }),
    ).rejects.toThrow(`${join(outDir, 'openexr-3.2.1.tar.gz')}: 2147483648 bytes is too large (GitHub accepts release assets under 2 GiB, 2147483648 bytes).`);
    expect(requests).toEqual([]);
    rmSync(outDir, { recursive: true, force: true });
  });

  test('a tag GitHub would rename in the source archive name: the error names the tag and the rule, and suggests source-archive: false', async () => {
    const tag = 'v1.0.0+build.1';
    const ws = workspace(tag);
    const requests: string[] = [];
    const e = env(ws, {}, tag);
    const commands: string[][] = [];
    const exec = { where: 'host', run: async (argv: readonly string[]) => (commands.push([...argv]), { exitCode: 0, stdout: '', stderr: '' }), which: async () => undefined };
    await expect(
      publishRelease(stepFor(e).step, readOptions(e, tag, parseSemver), { exec, fetch: (async (u: string) => (requests.push(String(u)), new Response('{}'))) as typeof fetch }),
    ).rejects.toThrow(
      "The tag v1.0.0+build.1 and 'archive-name' make the source archive's asset name openexr-1.0.0+build.1.tar.gz, which is not allowed (GitHub renames asset names with characters outside [A-Za-z0-9._-]). " +
        "Set 'archive-name' to a name made of [A-Za-z0-9._-] ({repo}, {version} and {tag} are filled in), or 'source-archive: false' " +
        "(and upload an archive you name yourself in 'files'), or use a tag made of [A-Za-z0-9._-] only.",
    );
    expect(requests).toEqual([]);
    expect(commands).toEqual([]);
    // Without the source archive, the same tag releases.
    const gh = new FakeGitHub();
    const ok = await run(gh, env(ws, { 'source-archive': 'false', checksums: 'false' }, tag));
    expect(ok.outcome.published).toBe(true);
  });
});

describe('main: outputs and summary after a publish (the fake GitHub served over local HTTP)', () => {
  test('release-id, url, assets (name, size, sha256, url) and published; the summary lists each asset and the sha256sum command', async () => {
    const ws = workspace();
    const gh = new FakeGitHub();
    const { api, close } = await serve(gh);
    const files = mkdtempSync(join(root, 'gh-files-'));
    const e = {
      ...env(ws),
      GITHUB_API_URL: api,
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
    };
    writeFileSync(e.GITHUB_OUTPUT, '');
    writeFileSync(e.GITHUB_STEP_SUMMARY, '');
    const { step } = stepFor(e);
    try {
      await main(step);
    } finally {
      await close();
    }
    const release = gh.releases[0]!;
    const sha = (name: string) => createHash('sha256').update(gh.contents.get(release.assets.find((a) => a.name === name)!.id)!).digest('hex');
    const size = (name: string) => release.assets.find((a) => a.name === name)!.size;
    const names = ['openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1.tar.gz', 'SHA256SUMS'];
    const assets = names.map((name) => ({ name, size: size(name), sha256: sha(name), url: `https://github.com/AcademySoftwareFoundation/openexr/releases/download/v3.2.1/${name}` }));
    expect(step.outputs).toEqual({
      'release-id': String(release.id),
      url: 'https://github.com/AcademySoftwareFoundation/openexr/releases/tag/v3.2.1',
      assets: JSON.stringify(assets),
      published: 'true',
    });
    expect(size('openexr-3.2.1-linux.tar.gz')).toBe(50_000);
    expect(readFileSync(e.GITHUB_STEP_SUMMARY, 'utf8').split('\n')).toEqual([
      '## Release [v3.2.1](https://github.com/AcademySoftwareFoundation/openexr/releases/tag/v3.2.1) published',
      '',
      '**Flow: draft → publish.** [v3.2.1](https://github.com/AcademySoftwareFoundation/openexr/releases/tag/v3.2.1): the assets went to its draft ' +
        '(3 asset(s) uploaded, 0 already there and unchanged), were checked, and then this job published it.',
      '',
      '| Asset | Size | SHA-256 |',
      '| --- | --- | --- |',
      `| [openexr-3.2.1-linux.tar.gz](${assets[0]!.url}) | 48.8 KiB | \`${assets[0]!.sha256}\` |`,
      `| [openexr-3.2.1.tar.gz](${assets[1]!.url}) | ${size('openexr-3.2.1.tar.gz')} B | \`${assets[1]!.sha256}\` |`,
      `| [SHA256SUMS](${assets[2]!.url}) | ${size('SHA256SUMS')} B | \`${assets[2]!.sha256}\` |`,
      '',
      '### Verify a download',
      '',
      '```sh',
      'sha256sum -c --ignore-missing SHA256SUMS',
      '```',
      '',
      '',
    ]);
    // The outputs file holds the same values, in the runner's format.
    expect(readFileSync(e.GITHUB_OUTPUT, 'utf8')).toContain(JSON.stringify(assets));
  });
});
