import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/common/errors.js';
import { Inputs, inputVariable } from '../../src/common/inputs.js';
import { SaveContext, decideSave } from '../../src/ccache/decide.js';
import { parseCcacheInputs, parseSize } from '../../src/ccache/inputs.js';
import { cacheKeys, compilerToolchain, imageToolchain } from '../../src/ccache/keys.js';
import { hitRate, parsePrintStats, parseShowStats } from '../../src/ccache/stats.js';
import { cacheServiceAvailable } from '../../src/ccache/github.js';

const inputs = (values: Record<string, string>) => new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [inputVariable(k), v])));

describe('cache keys', () => {
  const base = { cacheVersion: '1', os: 'Linux', arch: 'X64', toolchain: 'gcc12.2.0.ab12cd34', key: '', runId: '900', runAttempt: '2' };
  it.each([
    [
      'no key',
      {},
      'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-_-900-2',
      ['ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-_-900-', 'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-_-', 'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-'],
    ],
    [
      'a matrix key and a user fallback',
      { key: 'release_py3.11', restoreKeys: ['debug'] },
      'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-release_py3.11-900-2',
      [
        'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-release_py3.11-900-',
        'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-release_py3.11-',
        'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-debug-',
        'ccache-v1-Linux-X64-gcc12.2.0.ab12cd34-',
      ],
    ],
    ['cache version 3', { cacheVersion: '3' }, 'ccache-v3-Linux-X64-gcc12.2.0.ab12cd34-_-900-2', undefined],
  ])('%s', (_name, extra, primary, restore) => {
    const keys = cacheKeys({ ...base, ...extra });
    expect(keys.primary).toBe(primary);
    if (restore) expect(keys.restoreKeys).toEqual(restore);
    // Every restore key is a prefix of the primary key and pins the cache version and toolchain.
    for (const k of keys.restoreKeys) expect(k.startsWith(`ccache-v${keys.primary.split('-')[1]!.slice(1)}-Linux-X64-gcc12.2.0.ab12cd34-`)).toBe(true);
  });

  it('never matches another toolchain, key or cache version by prefix', () => {
    const mine = cacheKeys({ ...base, key: 'linux' });
    const others = [
      cacheKeys({ ...base, key: 'linux_debug' }).primary,
      cacheKeys({ ...base, key: 'linux', toolchain: 'gcc12.2.0.ab12cd34x' }).primary,
      cacheKeys({ ...base, key: 'linux', cacheVersion: '10' }).primary,
      cacheKeys({ ...base, key: 'linux', cacheVersion: '1', toolchain: 'clang16.0.6.00000000' }).primary,
    ];
    for (const other of others) expect(mine.restoreKeys.slice(0, 2).some((p) => other.startsWith(p))).toBe(false);
    expect(others.slice(1).some((o) => mine.restoreKeys.some((p) => o.startsWith(p)))).toBe(false);
  });

  it('identifies compilers independently of their install path', () => {
    const gcc = compilerToolchain('c++ (Debian 12.2.0-14) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc.\n');
    expect(gcc).toMatch(/^gcc12\.2\.0\.[0-9a-f]{8}$/);
    const clangA = compilerToolchain('Debian clang version 14.0.6\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /usr/bin\n');
    const clangB = compilerToolchain('Debian clang version 14.0.6\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /opt/llvm/bin\n');
    expect(clangA).toMatch(/^clang14\.0\.6\./);
    expect(clangA).toBe(clangB);
    expect(compilerToolchain('Apple clang version 15.0.0 (clang-1500.1.0.2.5)\n')).toMatch(/^appleclang15\.0\.0\./);
    expect(compilerToolchain('Microsoft (R) C/C++ Optimizing Compiler Version 19.38.33133 for x64\n')).toMatch(/^msvc19\.38\.33133\./);
    expect(compilerToolchain('c++ (GCC) 11.2.1 20220127 (Red Hat 11.2.1-9)\n')).not.toBe(gcc);
    expect(compilerToolchain('')).toBe('unknown');
  });

  it('names a container image by its last component and a hash of the whole reference', () => {
    expect(imageToolchain('ghcr.io/aswf/ci-vfxall:2024.1')).toMatch(/^ci_vfxall_2024.1\.[0-9a-f]{8}$/);
    expect(imageToolchain('aswf/ci-vfxall:2024.1')).not.toBe(imageToolchain('ghcr.io/aswf/ci-vfxall:2024.1'));
    expect(imageToolchain('aswf/ci-base@sha256:' + 'a'.repeat(64))).toMatch(/^ci_base\.[0-9a-f]{8}$/);
  });
});

describe('the worked example in docs/ccache.md', () => {
  it('is exactly what the code builds', () => {
    const doc = readFileSync(new URL('../../docs/ccache.md', import.meta.url), 'utf8');
    const gpp = 'g++ (Debian 12.2.0-14) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n';
    const toolchain = compilerToolchain(gpp);
    expect(doc).toContain(`(toolchain \`${toolchain}\`)`);
    const keys = cacheKeys({ cacheVersion: '1', os: 'Linux', arch: 'X64', toolchain, key: 'release', runId: '9876', runAttempt: '2', restoreKeys: ['debug'] });
    const rows = [...doc.matchAll(/^\| (primary|\d|last) \| `([^`]+)` \|/gm)].map((m) => m[2]);
    expect(rows).toEqual([keys.primary, ...keys.restoreKeys]);
    expect(doc).toContain(`\`ghcr.io/aswf/ci-vfxall:2025\` → \`${imageToolchain('ghcr.io/aswf/ci-vfxall:2025')}\``);
    expect(doc).toContain(`(\`${imageToolchain('ghcr.io/aswf/ci-vfxall:2025', 'sha256:' + '0123456789abcdef'.repeat(4))}\`)`);
  });
});

describe('save decision', () => {
  const ctx: SaveContext = { mode: 'auto', saveOnFailure: true, event: 'push', ref: 'refs/heads/main', outcome: 'success', newResults: 12, exactHit: false };
  it.each<[string, Partial<SaveContext>, boolean, RegExp]>([
    ['auto on push', {}, true, /12 new results/],
    ['auto on pull_request', { event: 'pull_request' }, false, /pull requests restore but do not save/],
    ['auto on pull_request_target', { event: 'pull_request_target' }, false, /pull_request_target/],
    ['auto on issue_comment ("/ok-to-test" builds pull-request code)', { event: 'issue_comment' }, false, /auto saves only on events that build the repository's own code \(push, schedule/],
    ['auto on workflow_run', { event: 'workflow_run' }, false, /event is workflow_run: auto saves only/],
    ['auto on merge_group (unmerged pull requests)', { event: 'merge_group' }, false, /event is merge_group: auto saves only/],
    ['auto on an event it does not know', { event: 'pull_request_review_comment_new' }, false, /do not save/],
    ['auto without an event', { event: '' }, false, /event is unknown/],
    ['auto on schedule', { event: 'schedule' }, true, /new results/],
    ['auto on workflow_dispatch', { event: 'workflow_dispatch' }, true, /new results/],
    ['always on issue_comment', { mode: 'always', event: 'issue_comment' }, true, /new results/],
    ['always on pull_request', { mode: 'always', event: 'pull_request' }, true, /new results/],
    ['never', { mode: 'never' }, false, /never/],
    ['default-branch on main (from the payload)', { mode: 'default-branch', defaultBranch: 'main' }, true, /new/],
    ['default-branch on a feature branch', { mode: 'default-branch', ref: 'refs/heads/feature', defaultBranch: 'main' }, false, /not the default branch \(main\)/],
    ['default-branch on pull_request_target (GITHUB_REF is the default branch, the code may be a contributor\'s)', { mode: 'default-branch', event: 'pull_request_target', ref: 'refs/heads/main', defaultBranch: 'main' }, false, /save is default-branch and the event is pull_request_target/],
    ['default-branch on workflow_run of main', { mode: 'default-branch', event: 'workflow_run', ref: 'refs/heads/main', defaultBranch: 'main' }, false, /default-branch saves only on events/],
    ['default-branch on issue_comment', { mode: 'default-branch', event: 'issue_comment', ref: 'refs/heads/main', defaultBranch: 'main' }, false, /default-branch saves only on events/],
    ['default-branch on develop as default', { mode: 'default-branch', ref: 'refs/heads/develop', defaultBranch: 'develop' }, true, /new/],
    ['default-branch, payload without it: main counts', { mode: 'default-branch' }, true, /new/],
    ['failed build, save-on-failure', { outcome: 'failure' }, true, /save-on-failure keeps/],
    ['failed build, no save-on-failure', { outcome: 'failure', saveOnFailure: false }, false, /build failed and save-on-failure is false/],
    ['unknown outcome, no save-on-failure', { outcome: 'unknown', saveOnFailure: false }, true, /new/],
    ['100 % hits', { newResults: 0 }, false, /every compilation was a cache hit: nothing new to save/],
    ['statistics unknown', { newResults: undefined }, true, /statistics unavailable/],
    ['exact hit', { exactHit: true }, false, /immutable/],
    ['exact hit with hits', { exactHit: true, hits: 3 }, false, /immutable/],
    ['exact hit that gave no cache hit (it restored nothing usable): repaired', { exactHit: true, hits: 0, newResults: 7 }, true, /gave no cache hit \(7 new results\): saving a repaired entry/],
    ['nothing compiled (an incremental build): the same words as the summary', { newResults: 0, hits: 0 }, false, /^nothing compiled: nothing new to save$/],
  ])('%s', (_name, change, save, reason) => {
    const d = decideSave({ ...ctx, ...change });
    expect(d.save).toBe(save);
    expect(d.reason).toMatch(reason);
  });
});

describe('transfer limits', () => {
  it('are seconds: restore-timeout, save-timeout, stall-timeout (0: none)', () => {
    const parsed = parseCcacheInputs(inputs({ 'restore-timeout': '20', 'save-timeout': '0', 'stall-timeout': '5' }));
    expect(parsed).toMatchObject({ restoreTimeoutMs: 20_000, saveTimeoutMs: 0, stallTimeoutMs: 5_000 });
  });
  it.each(['1m', '-1', '99999999', 'soon'])('refuses %j, naming the input', (value) => {
    expect(() => parseCcacheInputs(inputs({ 'stall-timeout': value }))).toThrow(/Input 'stall-timeout' has an invalid value/);
  });
});

describe('decide: repair', () => {
  it('a repair is flagged so the post step saves under a key of its own', () => {
    expect(decideSave({ mode: 'auto', saveOnFailure: true, event: 'push', ref: 'refs/heads/main', outcome: 'success', newResults: 2, hits: 0, exactHit: true }).repair).toBe(true);
    expect(decideSave({ mode: 'auto', saveOnFailure: true, event: 'push', ref: 'refs/heads/main', outcome: 'success', newResults: 2, hits: 0, exactHit: false }).repair).toBeUndefined();
  });
});

describe('inputs', () => {
  it('has defaults', () => {
    expect(parseCcacheInputs(inputs({}))).toEqual({
      cacheVersion: '1',
      key: '',
      restoreKeys: [],
      maxSize: '500M',
      maxSizeBytes: 500e6,
      compressionLevel: undefined,
      evictUnused: true,
      save: 'auto',
      saveOnFailure: true,
      restoreTimeoutMs: 300_000,
      saveTimeoutMs: 300_000,
      stallTimeoutMs: 60_000,
      backend: undefined,
      localDir: undefined,
      ccacheDir: undefined,
      installCcache: 'auto',
    });
  });
  it('parses the given values', () => {
    const p = parseCcacheInputs(
      inputs({ key: 'linux, gcc 12', 'restore-keys': 'linux\nother/one', 'max-size': '1.5Gi', 'compression-level': '5', save: 'Default-Branch', backend: 'local', 'evict-unused': 'false' }),
    );
    expect(p).toMatchObject({ key: 'linux_gcc_12', restoreKeys: ['linux', 'other_one'], maxSizeBytes: Math.round(1.5 * 1024 ** 3), compressionLevel: 5, save: 'default-branch', backend: 'local', evictUnused: false });
  });
  it.each([
    ['max-size', '5 gigs', /Input 'max-size' has an invalid value "5 gigs": expected a size such as 500M/],
    ['max-size', '-1G', /max-size/],
    ['save', 'sometimes', /Input 'save' has an invalid value "sometimes": expected one of auto, always, default-branch, never/],
    ['backend', 's3', /expected one of github, local/],
    ['compression-level', '30', /expected a whole number from -128 to 19/],
    ['evict-unused', 'yes', /expected a boolean/],
    ['cache-version', 'v 2', /cache-version/],
    ['install-ccache', 'maybe', /expected one of auto, never/],
    ['cache-version', '1'.repeat(33), /Input 'cache-version' .*at most 32 characters/],
    ['key', 'k'.repeat(257), /Input 'key' has an invalid value "k{257}": expected at most 256 characters of key parts \(this is 257\): GitHub's cache keys hold at most 512 characters/],
    ['restore-keys', 'a\nb\nc\nd\ne\nf\ng', /Input 'restore-keys' has an invalid value "a\\nb.*": expected at most 6 lines \(this has 7\): GitHub's cache takes at most 10 keys per restore/],
    ['restore-keys', `ok\n${'r'.repeat(257)}`, /Input 'restore-keys' .*expected lines of at most 256 characters \(one has 257\)/],
  ])('%s: %s is refused clearly', (name, value, message) => {
    expect(() => parseCcacheInputs(inputs({ [name]: value }))).toThrow(InputError);
    expect(() => parseCcacheInputs(inputs({ [name]: value }))).toThrow(message);
  });
  it('takes 6 restore-keys and a 256-character key: 10 keys in all, each within 512 characters', () => {
    const p = parseCcacheInputs(inputs({ key: 'k'.repeat(256), 'restore-keys': 'a\nb\nc\nd\ne\nf', 'cache-version': '9'.repeat(32) }));
    const keys = cacheKeys({ cacheVersion: p.cacheVersion, os: 'Windows', arch: 'ARM64', toolchain: imageToolchain(`ghcr.io/aswf/${'x'.repeat(80)}:2025`, 'sha256:' + 'f'.repeat(64)), key: p.key, runId: '99999999999', runAttempt: '12', restoreKeys: p.restoreKeys });
    expect(1 + keys.restoreKeys.length).toBe(10);
    for (const k of [keys.primary, ...keys.restoreKeys]) expect(k.length).toBeLessThanOrEqual(512);
  });
  it.each([
    ['500M', 500e6],
    ['2G', 2e9],
    ['10GB', 10e9],
    ['512Mi', 512 * 1024 ** 2],
    ['0', 0],
    ['100k', 1e5],
  ])('size %s', (text, bytes) => expect(parseSize(text)).toBe(bytes));
});

describe('statistics', () => {
  it('parses ccache 4 --print-stats', () => {
    const s = parsePrintStats(
      ['cache_miss\t3', 'cache_size_kibibyte\t1200', 'called_for_link\t4', 'direct_cache_hit\t90', 'files_in_cache\t200', 'preprocessed_cache_hit\t7', 'stats_updated_timestamp\t1700000000'].join('\n'),
    );
    expect(s).toEqual({ hits: 97, misses: 3, uncacheable: 4, files: 200, sizeBytes: 1200 * 1024 });
    expect(hitRate(s!)).toBeCloseTo(97);
  });
  it('parses ccache 3 -s', () => {
    const text = `cache directory                     /root/.ccache
primary config                      /root/.ccache/ccache.conf
cache hit (direct)                    10
cache hit (preprocessed)               2
cache miss                             4
cache hit rate                     75.00 %
called for link                        3
files in cache                        30
cache size                           1.5 MB
max cache size                       5.0 GB
`;
    expect(parseShowStats(text)).toEqual({ hits: 12, misses: 4, uncacheable: 3, files: 30, sizeBytes: 1.5e6 });
  });
  it('returns undefined for text it does not know, and no rate without compilations', () => {
    expect(parsePrintStats('nothing here')).toBeUndefined();
    expect(parseShowStats('nothing here')).toBeUndefined();
    expect(hitRate({ hits: 0, misses: 0, uncacheable: 0 })).toBeUndefined();
  });
});

describe('cache service availability', () => {
  it.each([
    [{}, false],
    [{ ACTIONS_CACHE_URL: 'https://x/' }, true],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://r/' }, true],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'https://x/' }, false],
  ])('%j → %s', (env, available) => expect(cacheServiceAvailable(env)).toBe(available));
});
