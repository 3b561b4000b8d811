import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { gpgSigner, secretLines } from '../../src/release/sign.js';

// A throwaway key generated for this test run only (no key material is committed).
let dir: string;
let home: string;
let privateKey: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'release-gpg-'));
  home = mkdtempSync(join(tmpdir(), 'gnupg-'));
  const key = await openpgp.generateKey({ type: 'ecc', curve: 'ed25519Legacy', userIDs: [{ name: 'Release Test', email: 'release-test@example.com' }], passphrase: 'correct horse', format: 'armored' });
  privateKey = key.privateKey;
  writeFileSync(join(dir, 'public.asc'), key.publicKey);
  execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', '--import', join(dir, 'public.asc')], { stdio: 'pipe' });
});
afterAll(() => {
  spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']);
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const verify = (sig: string, file: string) => spawnSync('gpg', ['--homedir', home, '--batch', '--status-fd', '1', '--verify', sig, file], { encoding: 'utf8' });

test('a detached armored signature that Debian gpg verifies: GOOD for the file, BAD for a tampered copy', async () => {
  const file = join(dir, 'openexr-3.2.1.tar.gz');
  writeFileSync(file, Buffer.alloc(3 * 1024 * 1024 + 17, 9));
  const signer = await gpgSigner(privateKey, 'correct horse');
  expect(signer.userIds).toEqual(['Release Test <release-test@example.com>']);
  const sig = await signer.sign(file);
  expect(sig).toBe(`${file}.asc`);
  const good = verify(sig, file);
  expect(good.status).toBe(0);
  expect(good.stdout).toContain('[GNUPG:] GOODSIG');
  expect(good.stdout).toContain(signer.fingerprint);

  const tampered = join(dir, 'tampered.tar.gz');
  copyFileSync(file, tampered);
  writeFileSync(tampered, 'x', { flag: 'a' });
  const bad = verify(sig, tampered);
  expect(bad.status).not.toBe(0);
  expect(bad.stdout).toContain('[GNUPG:] BADSIG');
  // The key never reaches the disk: only the file, its signature, the public key and the tampered copy are there.
  expect(readdirSync(dir).sort()).toEqual(['openexr-3.2.1.tar.gz', 'openexr-3.2.1.tar.gz.asc', 'public.asc', 'tampered.tar.gz']);
});

test('an encrypted key without passphrase, a wrong passphrase and a non-key are errors naming the input', async () => {
  await expect(gpgSigner(privateKey)).rejects.toThrow("Input 'gpg-private-key' is encrypted: give its passphrase in 'gpg-passphrase'.");
  await expect(gpgSigner(privateKey, 'wrong')).rejects.toThrow(/Input 'gpg-passphrase' does not decrypt the key/);
  await expect(gpgSigner('not a key')).rejects.toThrow(/Input 'gpg-private-key' is not an armored OpenPGP private key/);
});

test('the lines of the key to mask leave out the public armor lines', () => {
  const lines = secretLines(privateKey);
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.some((l) => l.includes('BEGIN PGP'))).toBe(false);
  expect(privateKey.replace(/\s+/g, '')).toContain(lines.join(''));
});
