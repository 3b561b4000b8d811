import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { UserError, errorMessage } from '../common/errors.js';
import type { Env } from '../common/inputs.js';

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
  /** Writes `<file>.asc`, a detached armored signature, and returns its path. */
  sign(path: string): Promise<string>;
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
    async sign(path: string): Promise<string> {
      // The file is streamed through openpgp (web streams), so a large asset does not sit in memory.
      const data = Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>;
      const message = await openpgp.createMessage({ binary: data });
      const signature = await openpgp.sign({ message, signingKeys: signingKey, detached: true, format: 'armored' });
      const text = typeof signature === 'string' ? signature : await readAll(signature as ReadableStream<string>);
      const out = `${path}.asc`;
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
 * Fetches the workflow's OIDC token for Sigstore (audience `sigstore`) from the runner. Without
 * `permissions: id-token: write` the runner gives no request URL: that is an error that says so.
 */
export function githubIdentityToken(env: Env, fetchImpl: typeof fetch = fetch): () => Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new UserError(
      "Sigstore signing needs the workflow's OIDC token, and this job has none: add 'permissions: id-token: write' " +
        "(with 'contents: write') to the job, or set 'sign: gpg' or 'sign: none'.",
    );
  }
  return async () => {
    const target = new URL(url);
    target.searchParams.set('audience', 'sigstore');
    const response = await fetchImpl(target, { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' } });
    if (!response.ok) throw new UserError(`Getting the OIDC token for Sigstore failed: HTTP ${response.status}. Does the job have 'permissions: id-token: write'?`);
    const { value } = (await response.json()) as { value?: string };
    if (!value) throw new UserError('The runner returned no OIDC token for Sigstore.');
    return value;
  };
}

/**
 * Signs a file with Sigstore keyless signing (a short-lived Fulcio certificate for the workflow's identity, the
 * signature logged in Rekor) and writes the bundle as `<file>.sigstore.json`, the ASWF convention.
 * sigstore-js signs a message held in memory: assets are under 2 GiB, and this is the one step that reads a whole
 * file at once.
 */
export async function sigstoreSign(path: string, options: SigstoreOptions): Promise<string> {
  const { sign } = await import('sigstore');
  const payload = await readFile(path);
  const bundle = await sign(payload, {
    fulcioURL: options.fulcioURL,
    rekorURL: options.rekorURL,
    tsaServerURL: options.tsaServerURL,
    identityProvider: { getToken: options.getToken },
  });
  const out = `${path}.sigstore.json`;
  await writeFile(out, JSON.stringify(bundle) + '\n');
  return out;
}
