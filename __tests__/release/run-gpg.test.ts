// The whole release flow with `sign: gpg`: a key generated here with openpgp, the release played by the in-memory
// fake GitHub, and every uploaded signature, SHA256SUMS and its signature checked with the real gpg and sha256sum
// against the bytes the release serves.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { parse as parseSemver } from 'semver';
import { HostExecutor } from '../../src/common/exec.js';
import { Step } from '../../src/common/step.js';
import { readOptions } from '../../src/release/plan.js';
import { publishRelease, summary } from '../../src/release/run.js';
import { FakeGitHub, fetchDownload, fetchUpload } from './github-fake.js';

let root: string;
let home: string;
let key: { privateKey: string; publicKey: string };
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'release-run-gpg-'));
  home = mkdtempSync(join(tmpdir(), 'gnupg-'));
  key = await openpgp.generateKey({ type: 'ecc', curve: 'ed25519Legacy', userIDs: [{ name: 'Release Test', email: 'release-test@example.com' }], passphrase: 'pass phrase', format: 'armored' });
  const pub = join(root, 'public.asc');
  writeFileSync(pub, key.publicKey);
  execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', '--import', pub], { stdio: 'pipe' });
  rmSync(pub);
});
afterAll(() => {
  spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']);
  rmSync(root, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
const verify = (sig: string, file: string, cwd: string) => spawnSync('gpg', ['--homedir', home, '--batch', '--status-fd', '1', '--verify', sig, file], { cwd, encoding: 'utf8' });

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

function envFor(ws: string): Record<string, string> {
  return {
    GITHUB_REF: 'refs/tags/v3.2.1',
    GITHUB_REPOSITORY: 'AcademySoftwareFoundation/openexr',
    GITHUB_WORKSPACE: ws,
    GITHUB_TOKEN: 'ghs_secret',
    RUNNER_TEMP: root,
    INPUT_SIGN: 'gpg',
    'INPUT_GPG-PRIVATE-KEY': key.privateKey,
    'INPUT_GPG-PASSPHRASE': 'pass phrase',
    INPUT_FILES: 'dist/*',
  };
}

async function release(gh: FakeGitHub, ws: string, inputs: Record<string, string> = {}) {
  const env = envFor(ws);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const out: string[] = [];
  const step = new Step(env, (t) => void out.push(t));
  const outDir = mkdtempSync(join(root, 'out-'));
  const outcome = await publishRelease(step, readOptions(env, 'v3.2.1', parseSemver), {
    exec: new HostExecutor(() => undefined),
    fetch: gh.fetch,
    uploadAsset: fetchUpload(gh.fetch).transport,
    downloadAsset: fetchDownload(gh.fetch).hasher,
    sleep: async () => undefined,
    outDir,
  });
  return { outcome, out: out.join(''), outDir };
}

test('sign: gpg through the whole flow: every .asc verifies with gpg, SHA256SUMS passes sha256sum -c and lists every asset but itself and its signature, SHA256SUMS.asc verifies', async () => {
  const ws = mkdtempSync(join(root, 'ws-'));
  git(ws, 'init', '-q');
  writeFileSync(join(ws, 'README.md'), 'hello\n');
  git(ws, 'add', '.');
  git(ws, 'commit', '-q', '-m', 'init');
  git(ws, 'tag', 'v3.2.1');
  mkdirSync(join(ws, 'dist'));
  writeFileSync(join(ws, 'dist', 'openexr-3.2.1-linux.tar.gz'), Buffer.alloc(2 * 1024 * 1024 + 3, 7));
  writeFileSync(join(ws, 'dist', 'openexr-3.2.1-windows.zip'), 'windows build\n');

  const gh = new FakeGitHub();
  const { outcome, out, outDir } = await release(gh, ws);
  expect(outcome.published).toBe(true);
  const files = ['openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1-windows.zip', 'openexr-3.2.1.tar.gz'];
  const signatures = files.map((f) => `${f}.asc`);
  expect(gh.releases[0]!.assets.map((a) => a.name).sort()).toEqual([...files, ...signatures, 'SHA256SUMS', 'SHA256SUMS.asc'].sort());

  // What a user downloads: the release's bytes, checked with the real tools.
  const dl = mkdtempSync(join(root, 'dl-'));
  for (const a of gh.releases[0]!.assets) writeFileSync(join(dl, a.name), gh.contents.get(a.id)!);
  for (const f of [...files, 'SHA256SUMS']) {
    const good = verify(`${f}.asc`, f, dl);
    expect({ f, status: good.status }).toEqual({ f, status: 0 });
    expect(good.stdout).toContain('[GNUPG:] GOODSIG');
  }
  const sums = readFileSync(join(dl, 'SHA256SUMS'), 'utf8');
  expect(sums.trim().split('\n').map((l) => l.split('  ')[1])).toEqual([...files, ...signatures].sort());
  expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dl, encoding: 'utf8' }).trim().split('\n')).toEqual([...files, ...signatures].sort().map((f) => `${f}: OK`));
  // A tampered SHA256SUMS no longer verifies.
  writeFileSync(join(dl, 'SHA256SUMS'), sums.replace(/^./, (c) => (c === '0' ? '1' : '0')));
  const bad = verify('SHA256SUMS.asc', 'SHA256SUMS', dl);
  expect(bad.status).not.toBe(0);
  expect(bad.stdout).toContain('[GNUPG:] BADSIG');

  // The key's lines are masked, and the key never reaches the disk.
  expect(out).toContain('::add-mask::');
  for (const name of readdirSync(outDir)) expect(readFileSync(join(outDir, name), 'latin1')).not.toContain('PRIVATE KEY');
  // Every line of the armored key's body (and the passphrase) gets its own ::add-mask::, and appears nowhere else in the log.
  const body = key.privateKey.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('-----') && !/^[A-Za-z-]+: /.test(l));
  expect(body.length).toBeGreaterThan(3);
  const logLines = out.split('\n');
  for (const line of [...body, 'pass phrase']) {
    expect({ line, masked: logLines.includes(`::add-mask::${line}`) }).toEqual({ line, masked: true });
    expect({ line, elsewhere: logLines.filter((l) => l.includes(line) && l !== `::add-mask::${line}`) }).toEqual({ line, elsewhere: [] });
  }
  // No file under RUNNER_TEMP (the output directory among them) or in the workspace holds any line of the key.
  const scanned = allFiles(root).concat(allFiles(ws));
  expect(scanned.length).toBeGreaterThan(10);
  for (const f of scanned) {
    const text = readFileSync(f, 'latin1');
    for (const line of body) expect({ f, line, found: text.includes(line) }).toEqual({ f, line, found: false });
  }

  // The summary's verify commands: sha256sum, then the key to import (its fingerprint) and gpg --verify for each file.
  const text = summary(readOptions(envFor(ws), 'v3.2.1', parseSemver), outcome);
  const fpr = (await openpgp.readKey({ armoredKey: key.publicKey })).getFingerprint().toUpperCase();
  expect(outcome.fingerprint).toBe(fpr);
  expect(text.slice(text.indexOf('```sh\n') + 6, text.lastIndexOf('```')).trimEnd().split('\n')).toEqual([
    'sha256sum -c --ignore-missing SHA256SUMS',
    `# signed with the OpenPGP key ${fpr}: import its public key first (gpg --recv-keys ${fpr}, or gpg --import KEY.asc)`,
    ...[...files, 'SHA256SUMS'].map((f) => `gpg --verify ${f}.asc ${f}`),
  ]);

  // A re-run changes nothing: every file is the same, and each signature already there is kept (not signed again).
  const mark = gh.log.length;
  const again = await release(gh, ws);
  expect(again.outcome.uploaded).toEqual([]);
  expect(again.outcome.skipped.sort()).toEqual([...files, ...signatures, 'SHA256SUMS', 'SHA256SUMS.asc'].sort());
  expect(gh.log.slice(mark).filter((l) => !l.startsWith('GET'))).toEqual([]);
});

test("archive-formats: tar.gz, zip with archive-name: both are git archives of the tag under the name's folder, both signed (gpg verifies) and in SHA256SUMS", async () => {
  const ws = mkdtempSync(join(root, 'ws-'));
  git(ws, 'init', '-q');
  writeFileSync(join(ws, 'README.md'), 'hello\n');
  mkdirSync(join(ws, 'source'));
  writeFileSync(join(ws, 'source', 'main.cpp'), 'int main() {}\n');
  git(ws, 'add', '.');
  git(ws, 'commit', '-q', '-m', 'init');
  git(ws, 'tag', 'v3.2.1');

  const gh = new FakeGitHub();
  const { outcome, outDir } = await release(gh, ws, { files: '', 'archive-name': 'OpenEXR-{version}', 'archive-formats': 'tar.gz, zip' });
  expect(outcome.published).toBe(true);
  const archives = ['OpenEXR-3.2.1.tar.gz', 'OpenEXR-3.2.1.zip'];
  expect(gh.releases[0]!.assets.map((a) => a.name)).toEqual([...archives, ...archives.map((a) => `${a}.asc`), 'SHA256SUMS', 'SHA256SUMS.asc']);
  const tree = ['OpenEXR-3.2.1/', 'OpenEXR-3.2.1/README.md', 'OpenEXR-3.2.1/source/', 'OpenEXR-3.2.1/source/main.cpp'];
  expect(execFileSync('tar', ['-tzf', join(outDir, archives[0]!)], { encoding: 'utf8' }).trim().split('\n')).toEqual(tree);
  expect(execFileSync('unzip', ['-Z1', join(outDir, archives[1]!)], { encoding: 'utf8' }).trim().split('\n')).toEqual(tree);
  expect(execFileSync('unzip', ['-p', join(outDir, archives[1]!), 'OpenEXR-3.2.1/source/main.cpp'], { encoding: 'utf8' })).toBe('int main() {}\n');

  // What a user downloads, checked with the real gpg and sha256sum.
  const dl = mkdtempSync(join(root, 'dl-'));
  for (const a of gh.releases[0]!.assets) writeFileSync(join(dl, a.name), gh.contents.get(a.id)!);
  for (const f of [...archives, 'SHA256SUMS']) {
    const good = verify(`${f}.asc`, f, dl);
    expect({ f, status: good.status, good: good.stdout.includes('[GNUPG:] GOODSIG') }).toEqual({ f, status: 0, good: true });
  }
  expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dl, encoding: 'utf8' }).trim().split('\n')).toEqual(
    ['OpenEXR-3.2.1.tar.gz', 'OpenEXR-3.2.1.tar.gz.asc', 'OpenEXR-3.2.1.zip', 'OpenEXR-3.2.1.zip.asc'].map((f) => `${f}: OK`),
  );
});

test('archive-formats and archive-name: a format not offered, or a name GitHub would rename, is one line naming the input', async () => {
  const ws = mkdtempSync(join(root, 'ws-'));
  await expect(release(new FakeGitHub(), ws, { 'archive-formats': 'tar.gz\ntar.xz' })).rejects.toThrow(
    `Input 'archive-formats' has an invalid value "tar.xz": expected one or more of tar.gz, zip (separated by commas or lines).`,
  );
  await expect(release(new FakeGitHub(), ws, { files: '', 'archive-name': 'My Project {version}' })).rejects.toThrow(
    /^The tag v3\.2\.1 and 'archive-name' make the source archive's asset name My Project 3\.2\.1\.tar\.gz, which is not allowed/,
  );
});
