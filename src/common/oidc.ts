import { UserError, errorMessage } from './errors.js';
import type { Env } from './inputs.js';

/** Who asks for the workflow's OIDC token, for the error messages: `Sigstore signing` / `for Sigstore`. */
export interface IdentityTokenUse {
  /** The token's audience (`sigstore`, `sts.amazonaws.com`). */
  audience: string;
  /** What needs it, as the subject of a sentence ("Sigstore signing"). */
  purpose: string;
  /** Who it is for, after "the OIDC token for" ("Sigstore", "AWS"). */
  recipient: string;
  /** What else the user can do, appended to the "no token" error (", or set 'sign: gpg'"). */
  alternative?: string;
}

/**
 * The workflow's OIDC token for an audience, fetched from the runner (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN) through
 * @actions/http-client, so the same `https_proxy`/`HTTPS_PROXY`/`no_proxy` settings apply as for every other
 * request (the built-in fetch ignores them). Without `permissions: id-token: write` the runner gives no request URL:
 * that is an error that says so, thrown at once. The token stays in memory (never on disk).
 */
export function identityToken(env: Env, use: IdentityTokenUse): () => Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new UserError(
      `${use.purpose} needs the workflow's OIDC token, and this job has none: add 'permissions: id-token: write' ${use.alternative ?? 'to the job'}.`,
    );
  }
  return async () => {
    const target = new URL(url);
    target.searchParams.set('audience', use.audience);
    const { HttpClient } = await import('@actions/http-client');
    const client = new HttpClient('aswf-ci-actions');
    let status: number;
    let body: string;
    try {
      const res = await client.get(target.href, { authorization: `Bearer ${bearer}`, accept: 'application/json' });
      status = res.message.statusCode ?? 0;
      body = await res.readBody();
    } catch (err) {
      throw new UserError(`Getting the OIDC token for ${use.recipient} from ${target.host} failed: ${errorMessage(err)}.`);
    } finally {
      client.dispose();
    }
    if (status < 200 || status >= 300) throw new UserError(`Getting the OIDC token for ${use.recipient} failed: HTTP ${status}. Does the job have 'permissions: id-token: write'?`);
    let value: unknown;
    try {
      value = (JSON.parse(body) as { value?: unknown }).value;
    } catch {
      value = undefined;
    }
    if (typeof value !== 'string' || !value) throw new UserError(`The runner returned no OIDC token for ${use.recipient}.`);
    return value;
  };
}
