import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { ReleaseClient, RequestLike, retryDelay } from '../../src/release/github.js';
import { uploadOne } from '../../src/release/run.js';
import type { ReleaseOptions } from '../../src/release/plan.js';
import { FakeGitHub, fetchUpload, replay, respond, scenario } from './github-fake.js';

const TOKEN = '0000000000000000000000000000000000000001';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-gh-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function octokit(fetch: typeof globalThis.fetch): RequestLike {
  return getOctokit(TOKEN, { baseUrl: 'https://api.github.com', request: { fetch } }) as unknown as RequestLike;
}

function file(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, path, size: Buffer.byteLength(content) };
}

const options = (over: Partial<ReleaseOptions> = {}) => ({ tag: 'v1.0.0', overwrite: false, ...over }) as ReleaseOptions;

describe('recorded exchanges of @octokit/fixtures', () => {
  test('release-assets: streamed upload to upload_url, listing and deleting an asset', async () => {
    const steps = scenario('release-assets');
    // The recording also renames the asset with GET/PATCH; the action never does, so those two steps are left out.
    const used = [steps[0]!, steps[1]!, steps[2]!, steps[5]!];
    const gh = replay(used);
    const ok = octokit(gh.fetch);
    const { data: release } = await ok.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: 'octokit-fixture-org', repo: 'release-assets', tag: 'v1.0.0' });
    const up = fetchUpload(gh.fetch);
    const client = new ReleaseClient(ok, { owner: 'octokit-fixture-org', repo: 'release-assets', token: TOKEN, uploadAsset: up.transport, sleep: async () => undefined });
    const asset = await client.upload(release, file('test-upload.txt', 'Hello, world!\n'));
    expect(asset).toMatchObject({ name: 'test-upload.txt', size: 14, state: 'uploaded' });
    expect(up.sent).toEqual([
      {
        url: 'https://uploads.github.com/repos/octokit-fixture-org/release-assets/releases/1000/assets?name=test-upload.txt',
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/octet-stream',
          'content-length': '14',
          'user-agent': expect.stringMatching(/^aswf-ci-actions-release Node\.js\/\d+/),
          'x-github-api-version': '2022-11-28',
        },
      },
    ]);
    const listed = await client.listAssets(release.id);
    expect(listed.map((a) => a.name)).toEqual(['test-upload.txt']);
    await client.deleteAsset(listed[0]!.id);
    expect(gh.remaining()).toBe(0);
    expect(gh.calls[1]).toBe('POST uploads.github.com/repos/octokit-fixture-org/release-assets/releases/1000/assets');
  });

  test('release-assets-conflict: 422 already_exists, then with overwrite the old asset is deleted and re-uploaded', async () => {
    const steps = scenario('release-assets-conflict');
    const gh = replay(steps);
    const ok = octokit(gh.fetch);
    const { data: release } = await ok.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: 'octokit-fixture-org', repo: 'release-assets-conflict', tag: 'v1.0.0' });
    // The recorded release is published; treat it as the draft this action would upload to.
    const up = fetchUpload(gh.fetch);
    const client = new ReleaseClient(ok, { owner: 'octokit-fixture-org', repo: 'release-assets-conflict', token: TOKEN, uploadAsset: up.transport, sleep: async () => undefined });
    const local = file('test-upload.txt', 'Hello, world!\n');
    const sha = 'd9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5';
    const done = await uploadOne(client, { ...release, draft: true }, local, sha, options({ overwrite: true }));
    expect(done).toMatchObject({ id: 1001, name: 'test-upload.txt', size: 14 });
    expect(gh.remaining()).toBe(0);
    expect(up.sent).toHaveLength(2);
  });

  test('release-assets-conflict without overwrite: the error names the asset and the input', async () => {
    const steps = scenario('release-assets-conflict');
    const gh = replay(steps.slice(0, 3));
    const ok = octokit(gh.fetch);
    const { data: release } = await ok.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: 'octokit-fixture-org', repo: 'release-assets-conflict', tag: 'v1.0.0' });
    const client = new ReleaseClient(ok, { owner: 'octokit-fixture-org', repo: 'release-assets-conflict', token: TOKEN, uploadAsset: fetchUpload(gh.fetch).transport, sleep: async () => undefined });
    await expect(uploadOne(client, { ...release, draft: true }, file('test-upload.txt', 'Hello, world!\n'), 'ff'.repeat(32), options())).rejects.toThrow(
      /test-upload\.txt: .*'overwrite: true'/,
    );
    expect(gh.remaining()).toBe(0);
  });
});

describe('GitHub behaviours (responses shaped like GitHub documents them)', () => {
  const setup = () => {
    const gh = new FakeGitHub();
    const waits: number[] = [];
    const client = new ReleaseClient(octokit(gh.fetch), { owner: gh.owner, repo: gh.repo, token: TOKEN, uploadAsset: fetchUpload(gh.fetch).transport, sleep: async (ms) => void waits.push(ms), backoffMs: 1000, now: () => 1_700_000_000_000 });
    return { gh, waits, client };
  };

  test('a draft is found by listing releases (GET /releases/tags/{tag} does not see drafts)', async () => {
    const { gh, client } = setup();
    gh.addRelease({ tag_name: 'v0.9.0' });
    const draft = gh.addRelease({ tag_name: 'v1.0.0', draft: true });
    const { release, created } = await client.findOrCreateDraft('v1.0.0', { name: 'v1.0.0' });
    expect(created).toBe(false);
    expect(release.id).toBe(draft.id);
    expect(gh.log).toEqual(['GET /repos/AcademySoftwareFoundation/openexr/releases']);
  });

  test('racing jobs resolve to one release: the later duplicate draft is deleted', async () => {
    const { gh, client } = setup();
    // Another job's draft appears between our listing and our create.
    let first = true;
    gh.hooks.push(({ method, url }) => {
      if (method === 'POST' && url.pathname.endsWith('/releases') && first) {
        first = false;
        gh.addRelease({ tag_name: 'v1.0.0', draft: true });
      }
      return undefined;
    });
    const { release, created } = await client.findOrCreateDraft('v1.0.0', { name: 'v1.0.0' });
    expect(created).toBe(false);
    expect(gh.releases).toHaveLength(1);
    expect(release.id).toBe(gh.releases[0]!.id);
    expect(gh.log.filter((l) => l.startsWith('DELETE'))).toHaveLength(1);
  });

  test('racing jobs: a duplicate draft of ours that another job already uploads to is never deleted', async () => {
    const { gh, client } = setup();
    // Another job's older draft exists but is not listed yet; a third job listed ours (the only one it saw) and
    // uploaded to it before we list again.
    const other = gh.addRelease({ tag_name: 'v1.0.0', draft: true });
    gh.unlisted.add(other.id);
    let listings = 0;
    gh.hooks.push(({ method, url }) => {
      if (method === 'GET' && url.pathname.endsWith('/releases') && ++listings === 2) {
        gh.unlisted.delete(other.id);
        const ours = gh.releases.find((r) => r.id !== other.id)!;
        gh.addAsset(ours, 'openexr-3.2.1-macos.tar.gz', Buffer.from('macos build\n'));
      }
      return undefined;
    });
    const logs: string[] = [];
    const quiet = new ReleaseClient(octokit(gh.fetch), { owner: gh.owner, repo: gh.repo, token: TOKEN, sleep: async () => undefined, log: (m) => void logs.push(m) });
    const { release, created } = await quiet.findOrCreateDraft('v1.0.0', { name: 'v1.0.0' });
    expect(created).toBe(false);
    expect(release.id).toBe(other.id);
    expect(gh.releases.map((r) => r.id)).toEqual([other.id, other.id + 1]);
    expect(gh.releases[1]!.assets.map((a) => a.name)).toEqual(['openexr-3.2.1-macos.tar.gz']);
    expect(gh.log.filter((l) => l.startsWith('DELETE'))).toEqual([]);
    expect(logs.join('\n')).toContain(`the duplicate draft ${other.id + 1} created here already holds 1 asset(s) (another job uses it), so it is kept`);
  });

  test('422 on create and no release of the tag listed: GitHub\'s message is kept, with the hint about tags of immutable releases', async () => {
    const { gh, client } = setup();
    gh.hooks.push(({ method, url }) =>
      method === 'POST' && url.pathname.endsWith('/releases')
        ? respond(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }],
            documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
            status: '422',
          })
        : undefined,
    );
    await expect(client.findOrCreateDraft('v1.0.0', {})).rejects.toThrow(
      'GitHub refused to create a release for v1.0.0 (HTTP 422 Validation Failed: tag_name was used by an immutable release), and lists no release of that tag. ' +
        'A tag once used by an immutable release cannot be used by another release, even after that release was deleted: release a new tag.',
    );
  });

  test('a retried DELETE of an asset whose first try deleted it but lost its answer (404 on the retry) succeeds; a first 404 still fails', async () => {
    const { gh, waits, client } = setup();
    const release = gh.addRelease({ tag_name: 'v1.0.0', draft: true });
    const asset = gh.addAsset(release, 'data.bin', Buffer.from('data'));
    let first = true;
    gh.hooks.push(({ method, url }) => {
      if (method === 'DELETE' && url.pathname.endsWith(`/releases/assets/${asset.id}`) && first) {
        first = false;
        release.assets = release.assets.filter((a) => a !== asset);
        return respond(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' });
      }
      return undefined;
    });
    await client.deleteAsset(asset.id);
    expect(release.assets).toEqual([]);
    expect(waits).toEqual([1000]);
    expect(gh.log.filter((l) => l.startsWith('DELETE'))).toHaveLength(2);
    await expect(client.deleteAsset(asset.id)).rejects.toMatchObject({ status: 404 });
  });

  test('422 already_exists over a broken partial asset (not uploaded) in a draft: it is deleted and the file uploaded again', async () => {
    const { gh, client } = setup();
    const release = gh.addRelease({ tag_name: 'v1.0.0', draft: true });
    const local = file('partial.bin', Buffer.alloc(10_000, 5));
    let first = true;
    gh.hooks.push(({ method, url }) => {
      if (method === 'POST' && url.host === 'uploads.github.com' && first) {
        first = false;
        // Our own earlier try left a partial asset of that name, which the 422 is about.
        gh.addAsset(release, 'partial.bin', Buffer.alloc(10), 'starter');
        return respond(422, { message: 'Validation Failed', request_id: '0000:00000:0000000:0000000:00000000', documentation_url: 'https://docs.github.com/rest', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
      }
      return undefined;
    });
    const sha = createHash('sha256').update(Buffer.alloc(10_000, 5)).digest('hex');
    const done = await uploadOne(client, release, local, sha, options());
    expect(done).toMatchObject({ name: 'partial.bin', size: 10_000, state: 'uploaded', digest: `sha256:${sha}` });
    expect(release.assets.map((a) => [a.name, a.state])).toEqual([['partial.bin', 'uploaded']]);
    expect(gh.log.map((l) => l.split(' ')[0])).toEqual(['POST', 'GET', 'DELETE', 'POST']);
  });

  test('422 already_exists on create (another job published it): that release is used', async () => {
    const { gh, client } = setup();
    gh.hooks.push(({ method, url }) => {
      if (method === 'POST' && url.pathname.endsWith('/releases')) {
        gh.addRelease({ tag_name: 'v1.0.0', draft: false });
        return respond(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }], documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', status: '422' });
      }
      return undefined;
    });
    const { release, created } = await client.findOrCreateDraft('v1.0.0', {});
    expect(created).toBe(false);
    expect(release.draft).toBe(false);
    expect(gh.releases).toHaveLength(1);
  });

  test('a 502 that leaves a partial asset: it is deleted and a fresh stream is uploaded', async () => {
    const { gh, waits, client } = setup();
    const release = gh.addRelease({ tag_name: 'v1.0.0', draft: true });
    let failed = false;
    gh.hooks.push(({ method, url, body }) => {
      if (method === 'POST' && url.host === 'uploads.github.com' && !failed) {
        failed = true;
        gh.addAsset(release, url.searchParams.get('name')!, body.subarray(0, 3), 'open');
        return respond(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' });
      }
      return undefined;
    });
    const local = file('data.bin', Buffer.alloc(100_000, 7));
    const asset = await client.upload(release, local);
    expect(asset).toMatchObject({ name: 'data.bin', size: 100_000, state: 'uploaded' });
    expect(release.assets).toHaveLength(1);
    expect(waits).toEqual([1000]);
    expect(gh.log.map((l) => l.split(' ')[0])).toEqual(['POST', 'GET', 'DELETE', 'POST']);
  });

  test('429 with retry-after is honoured', async () => {
    const { gh, waits, client } = setup();
    let n = 0;
    gh.hooks.push(({ method }) =>
      method === 'GET' && n++ === 0
        ? respond(429, { message: 'You have exceeded a secondary rate limit.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, { 'retry-after': '42' })
        : undefined,
    );
    await client.releasesForTag('v1');
    expect(waits).toEqual([42_000]);
  });

  test('403 with x-ratelimit-remaining 0 waits until x-ratelimit-reset', async () => {
    const { gh, waits, client } = setup();
    let n = 0;
    gh.hooks.push(({ method }) =>
      method === 'GET' && n++ === 0
        ? respond(
            403,
            { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
            { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(1_700_000_000 + 90), 'x-ratelimit-resource': 'core' },
          )
        : undefined,
    );
    await client.releasesForTag('v1');
    expect(waits).toEqual([90_000]);
  });

  test('403 "You have exceeded a secondary rate limit" without headers waits at least a minute, doubling: for API calls and uploads', async () => {
    const { gh, waits, client } = setup();
    const secondary = () =>
      respond(403, {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      });
    let gets = 0;
    gh.hooks.push(({ method, url }) => (method === 'GET' && url.pathname.endsWith('/releases') && gets++ < 2 ? secondary() : undefined));
    await client.releasesForTag('v1');
    expect(waits).toEqual([60_000, 120_000]);
    const release = gh.addRelease({ tag_name: 'v1', draft: true });
    let posts = 0;
    gh.hooks.push(({ method, url }) => (method === 'POST' && url.host === 'uploads.github.com' && posts++ === 0 ? secondary() : undefined));
    const done = await client.upload(release, file('after-limit.txt', 'after the limit\n'));
    expect(done).toMatchObject({ name: 'after-limit.txt', state: 'uploaded' });
    expect(waits).toEqual([60_000, 120_000, 60_000]);
  });

  test('a 403 that is not a rate limit is not retried', async () => {
    const { gh, waits, client } = setup();
    gh.hooks.push(() => respond(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release' }));
    await expect(client.findOrCreateDraft('v1', {})).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([]);
  });

  test('5xx is retried with exponential backoff, then given up after 5 tries', async () => {
    const { gh, waits, client } = setup();
    gh.hooks.push(() => respond(503, { message: 'Service Unavailable' }));
    await expect(client.listAssets(1)).rejects.toMatchObject({ status: 503 });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  test('422 on an immutable published release says so', async () => {
    const { gh, client } = setup();
    const release = gh.addRelease({ tag_name: 'v1.0.0', draft: false, immutable: true });
    await expect(uploadOne(client, release, file('late.txt', 'late\n'), 'ab'.repeat(32), options())).rejects.toThrow(/late\.txt: .*immutable release cannot get new assets/);
  });

  test('retryDelay: network errors back off, other 4xx do not retry', () => {
    expect(retryDelay(new TypeError('fetch failed'), 2, 1000, 0)).toBe(2000);
    expect(retryDelay({ status: 404, response: { headers: {} } }, 1, 1000, 0)).toBeUndefined();
    const secondary = { status: 403, response: { headers: {}, data: { message: 'You have exceeded a secondary rate limit.' } } };
    expect(retryDelay(secondary, 1, 1000, 0)).toBe(60_000);
    expect(retryDelay(secondary, 3, 1000, 0)).toBe(240_000);
    expect(retryDelay({ status: 403, response: { headers: {}, data: { message: 'Resource not accessible by integration' } } }, 1, 1000, 0)).toBeUndefined();
  });
});
