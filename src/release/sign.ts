import { X509Certificate } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { UserError, errorMessage } from '../common/errors.js';
import type { Env } from '../common/inputs.js';
import { identityToken } from '../common/oidc.js';

/** The lines of an armored key worth masking in logs (not the armor header and footer, which are public text). */
export function secretLines(armored: string): string[] {
  return armored
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^-----(BEGIN|END) PGP/.test(l) && !/^[A-Za-z-]+: /.test(l));
}

/** A GPG signer: the key is decrypted in memory once and never written to disk. */
export interface GpgSigner {
  fingerprint: string;
  userIds: string[];
  /** Writes a detached armored signature to `out` (default `<file>.asc`) and returns its path. */
  sign(path: string, out?: string): Promise<string>;
}

/** Reads an armored private key (decrypting it with `passphrase`) with openpgp, loaded only when GPG signing is asked. */
export async function gpgSigner(armoredKey: string, passphrase?: string): Promise<GpgSigner> {
  const openpgp = await import('openpgp');
  let key;
  try {
    key = await openpgp.readPrivateKey({ armoredKey });
  } catch (err) {
    throw new UserError(`Input 'gpg-private-key' is not an armored OpenPGP private key (${errorMessage(err)}).`);
  }
  if (!key.isDecrypted()) {
    if (!passphrase) throw new UserError("Input 'gpg-private-key' is encrypted: give its passphrase in 'gpg-passphrase'.");
    try {
      key = await openpgp.decryptKey({ privateKey: key, passphrase });
    } catch (err) {
      throw new UserError(`Input 'gpg-passphrase' does not decrypt the key in 'gpg-private-key' (${errorMessage(err)}).`);
    }
  }
  const signingKey = key;
  return {
    fingerprint: signingKey.getFingerprint().toUpperCase(),
    userIds: signingKey.getUserIDs(),
    async sign(path: string, out = `${path}.asc`): Promise<string> {
      // The file is streamed through openpgp (web streams), so a large asset does not sit in memory.
      const data = Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>;
      const message = await openpgp.createMessage({ binary: data });
      const signature = await openpgp.sign({ message, signingKeys: signingKey, detached: true, format: 'armored' });
      const text = typeof signature === 'string' ? signature : await readAll(signature as ReadableStream<string>);
      await writeFile(out, text);
      return out;
    },
  };
}

async function readAll(stream: ReadableStream<string>): Promise<string> {
  let text = '';
  for await (const chunk of stream as unknown as AsyncIterable<string>) text += chunk;
  return text;
}

/** Where Sigstore's services are (the public-good instance unless a test points elsewhere). */
export interface SigstoreOptions {
  fulcioURL?: string;
  rekorURL?: string;
  tsaServerURL?: string;
  /** Supplies the OIDC token; by default the workflow's token for audience `sigstore`. */
  getToken: () => Promise<string>;
}

/**
 * The workflow's OIDC token for Sigstore (audience `sigstore`), fetched from the runner (src/common/oidc.ts). Without
 * `permissions: id-token: write` the runner gives no request URL: that is an error that says so.
 */
export function githubIdentityToken(env: Env): () => Promise<string> {
  return identityToken(env, {
    audience: 'sigstore',
    purpose: 'Sigstore signing',
    recipient: 'Sigstore',
    alternative: "(with 'contents: write') to the job, or set 'sign: gpg' or 'sign: none'",
  });
}

/**
 * Signs a file with Sigstore keyless signing (a short-lived Fulcio certificate for the workflow's identity, the
 * signature logged in Rekor) and writes the bundle as `<file>.sigstore.json`, the ASWF convention.
 *
 * Memory: this is the one step that reads a whole file at once. The bundle is a *message signature*: an ECDSA P-256
 * signature over the file's bytes, which `sigstore verify github FILE` and `cosign verify-blob` check against the
 * file. sigstore-js (`sign(payload: Buffer)`, and @sigstore/sign's MessageSignatureBundleBuilder under it) takes the
 * artifact as one Buffer, and Node's crypto has no ECDSA-over-a-precomputed-digest call, so the file cannot be
 * streamed. The only digest-based alternative, a DSSE in-toto attestation (`attest()`), is another bundle type that
 * those verify commands do not accept for a plain file. So signing holds one asset at a time in memory: peak RSS is
 * about the largest asset's size plus ~100 MB (assets are under 2 GiB, so under ~2.1 GB); the files are signed one
 * after the other and each Buffer is released before the next. Use `sign: gpg` (streamed) where that is too much.
 */
export async function sigstoreSign(path: string, options: SigstoreOptions, out = `${path}.sigstore.json`): Promise<string> {
  const { sign } = await import('sigstore');
  const payload = await readFile(path);
  const bundle = await sign(payload, {
    fulcioURL: options.fulcioURL,
    rekorURL: options.rekorURL,
    tsaServerURL: options.tsaServerURL,
    identityProvider: { getToken: options.getToken },
  });
  await writeFile(out, JSON.stringify(bundle) + '\n');
  return out;
}

/**
 * The identity a Sigstore bundle's signing certificate holds: its URI subject alternative name (for GitHub Actions,
 * the workflow that ran the signing job: a reusable workflow's own ref, not the caller's), read from
 * `verificationMaterial.certificate` (bundle v0.3) or the first certificate of `x509CertificateChain` (older
 * bundles). Undefined when the bundle has no certificate or the certificate no URI name.
 */
export function certificateIdentity(bundle: unknown): string | undefined {
  const material = (bundle as { verificationMaterial?: { certificate?: { rawBytes?: unknown }; x509CertificateChain?: { certificates?: Array<{ rawBytes?: unknown }> } } } | null)
    ?.verificationMaterial;
  const raw = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (typeof raw !== 'string' || !raw) return undefined;
  let san: string | undefined;
  try {
    san = new X509Certificate(Buffer.from(raw, 'base64')).subjectAltName;
  } catch {
    return undefined;
  }
  // Node writes `URI:https://...`, and a value with special characters as a JSON string: `URI:"..."`.
  const m = /(?:^|, )URI:("(?:[^"\\]|\\.)*"|[^,]*)/.exec(san ?? '');
  if (!m) return undefined;
  try {
    return m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
  } catch {
    return undefined;
  }
}
