import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Catalog, nearest, parseTag, versionsFromEnv } from '../../src/container/catalog.js';
import { CATALOG_DATA } from '../../src/container/catalog-data.js';
import { createHash } from 'node:crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const catalog = new Catalog();

describe('catalog data', () => {
  // The snapshot inside the repository (data/README.md): a GitHub checkout has nothing outside it.
  const yamlPath = join(root, 'data', 'aswf-docker-versions.yaml');
  const text = readFileSync(yamlPath, 'utf8');
  const doc = parse(text) as { 'ci-images': Record<string, string[]> };

  test('is generated from the current aswf-docker versions file (re-run scripts/catalog.mjs if not)', () => {
    expect(CATALOG_DATA.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  test('scripts/catalog.mjs reads data/aswf-docker-versions.yaml by default and regenerates catalog-data.ts as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aswf-catalog-'));
    try {
      const out = join(dir, 'catalog-data.ts');
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'catalog.mjs'), '--out', out], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`(from ${yamlPath})`);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'src', 'container', 'catalog-data.ts'), 'utf8'));
      // Another versions file on request.
      const other = spawnSync(process.execPath, [join(root, 'scripts', 'catalog.mjs'), join(dir, 'missing.yaml'), '--out', out], { encoding: 'utf8' });
      expect(other.status).not.toBe(0);
      expect(other.stderr).toContain(join(dir, 'missing.yaml'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the snapshot keeps aswf-docker\'s Apache-2.0 header, and data/README.md says where it comes from', () => {
    expect(text).toMatch(/SPDX-License-Identifier: Apache-2\.0/);
    const readme = readFileSync(join(root, 'data', 'README.md'), 'utf8');
    expect(readme).toContain('AcademySoftwareFoundation/aswf-docker');
    expect(readme).toContain('Apache');
    expect(readme).toContain('2026-05');
    expect(readme).toContain('node scripts/catalog.mjs');
  });

  test('holds every published image tag of the versions file', () => {
    for (const [family, tags] of Object.entries(doc['ci-images'])) {
      expect(CATALOG_DATA.images[family]).toEqual([...new Set(tags.map(String))]);
    }
  });
});

describe('resolution', () => {
  test.each([
    // project, year, variant, pin, image, vfx-year, variant, base-os
    ['openexr', '2025', '', true, 'docker.io/aswf/ci-openexr:2025.6', '2025', '', 'rockylinux8'],
    ['openexr', '2025', '', false, 'docker.io/aswf/ci-openexr:2025', '2025', '', 'rockylinux8'],
    ['openexr', '2019', '', true, 'docker.io/aswf/ci-openexr:2019.8', '2019', '', 'centos7'],
    ['ci-openexr', 'latest', '', true, 'docker.io/aswf/ci-openexr:2026.4', '2026', '', 'rockylinux8'],
    ['OpenColorIO', '2022', '', true, 'docker.io/aswf/ci-ocio:2022.4', '2022', '', 'centos7'],
    ['osl', '2025', '', true, 'docker.io/aswf/ci-osl:2025-clang19.6', '2025', 'clang19', 'rockylinux8'],
    ['osl', '2025', 'clang18', true, 'docker.io/aswf/ci-osl:2025-clang18.6', '2025', 'clang18', 'rockylinux8'],
    ['osl', '2025', 'clang18', false, 'docker.io/aswf/ci-osl:2025-clang18', '2025', 'clang18', 'rockylinux8'],
    ['osl', '2025', '', false, 'docker.io/aswf/ci-osl:2025', '2025', 'clang19', 'rockylinux8'],
    ['openvdb', '2022', 'CLANG12', true, 'docker.io/aswf/ci-openvdb:2022-clang12.3', '2022', 'clang12', 'centos7'],
    ['vfxall', '2019', '', true, 'docker.io/aswf/ci-vfxall:2019-clang7.12', '2019', 'clang7', 'centos7'],
    // ci-common follows the year's platform compiler (2026 → 6-clang19), not the newest one
    ['common', '2026', '', true, 'docker.io/aswf/ci-common:6-clang19.4', '2026', 'clang19', 'rockylinux8'],
    ['common', '2026', 'clang20', true, 'docker.io/aswf/ci-common:6-clang20.4', '2026', 'clang20', 'rockylinux8'],
    ['common', '2025', 'clang18', true, 'docker.io/aswf/ci-common:5-clang18.6', '2025', 'clang18', 'rockylinux8'],
    ['common', '2025', '', false, 'docker.io/aswf/ci-common:5-clang18', '2025', 'clang18', 'rockylinux8'],
    ['materialx', '2022', '', true, 'docker.io/aswf/ci-materialx:2022.1', '2022', '', 'centos7'],
  ])('%s %s %s pin=%s → %s', (project, year, variant, pin, image, vfxYear, resolvedVariant, baseOs) => {
    const r = catalog.resolve({ project, vfxYear: year, variant, pin });
    expect(r.image).toBe(image);
    expect(r.vfxYear).toBe(vfxYear);
    expect(r.variant).toBe(resolvedVariant);
    expect(r.baseOs).toBe(baseOs);
  });

  describe('pins the highest build of a version, whatever the order of the catalog', () => {
    const withBuilds = (family: string, tags: string[]) => {
      const data = structuredClone(CATALOG_DATA);
      data.images[family] = tags;
      return new Catalog(data);
    };
    test.each([
      [['2024.7', '2025.5', '2025.6', '2026.4'], '2025.6'],
      [['2024.7', '2025.6', '2025.5', '2026.4'], '2025.6'],
      [['2025.10', '2025.9', '2025.5'], '2025.10'],
    ])('openexr %j → %s', (tags, pinned) => {
      const c = withBuilds('openexr', tags);
      expect(c.resolve({ project: 'openexr', vfxYear: '2025' }).image).toBe(`docker.io/aswf/ci-openexr:${pinned}`);
      expect(c.resolve({ project: 'openexr', vfxYear: '2025', pin: false }).image).toBe('docker.io/aswf/ci-openexr:2025');
    });

    test('per-compiler variants: each variant its highest build; the default variant and the moving tag unchanged', () => {
      const c = withBuilds('osl', ['2025-clang18.5', '2025-clang19.5', '2025-clang18.6', '2025-clang19.6', '2024-clang17.7']);
      expect(c.resolve({ project: 'osl', vfxYear: '2025' }).image).toBe('docker.io/aswf/ci-osl:2025-clang19.6');
      expect(c.resolve({ project: 'osl', vfxYear: '2025', variant: 'clang18' }).image).toBe('docker.io/aswf/ci-osl:2025-clang18.6');
      expect(c.resolve({ project: 'osl', vfxYear: '2025', pin: false }).image).toBe('docker.io/aswf/ci-osl:2025');
      expect(() => c.resolve({ project: 'osl', vfxYear: '2025', variant: 'clang20' })).toThrow('the variants for 2025 are clang18, clang19 (nearest: clang19)');
    });
  });

  test('a registry of its own', () => {
    expect(catalog.resolve({ project: 'usd', vfxYear: '2024', registry: 'ghcr.io/me/' }).image).toBe('ghcr.io/me/ci-usd:2024.7');
  });

  test('the versions of an image merge its parents: 2025-clang19 has clang 19, not the 2025 default parent clang 18', () => {
    const v = versionsFromEnv(catalog.resolve({ project: 'osl', vfxYear: '2025', variant: 'clang19' }).env);
    expect(v.clang).toBe('19.1.7');
    expect(v.vfxplatform).toBe('2025');
    expect(v.cmake).toMatch(/^\d+\.\d+/);
    expect(v.python).toMatch(/^3\.11/);
    expect(v.gcc).toBe(v.dts);
    expect(v.cuda).toMatch(/^12\./);
  });

  test.each([
    ['openexrr', '2025', '', /Input 'project' has an invalid value "openexrr".*openexr, .*nearest: openexr/],
    ['nosuchthing', '2025', '', /Input 'project' has an invalid value "nosuchthing": expected an ASWF image family: .*vfxall/],
    ['openexr', '2027', '', /no ci-openexr image for VFX year 2027: it exists for 2019, .*2026 \(nearest: 2026\)/],
    ['oiio', '2019', '', /no ci-oiio image for VFX year 2019: it exists for 2023, 2024, 2025, 2026 \(nearest: 2023\)/],
    ['openexr', '25', '', /Input 'vfx-year' has an invalid value "25": expected a VFX Reference Platform year/],
    // latest-N is the plan action's (the newest N+1 years): one image is one year, so resolution refuses it.
    ['openexr', 'latest-1', '', /Input 'vfx-year' has an invalid value "latest-1": expected a VFX Reference Platform year such as 2025, or latest \(ci-openexr has 2019, .*2026\)/],
    ['openexr', 'latest-20', '', /Input 'vfx-year' has an invalid value "latest-20": expected a VFX Reference Platform year such as 2025, or latest/],
    ['osl', '2025', 'clang20', /no ci-osl image for VFX year 2025 with variant clang20: the variants for 2025 are clang18, clang19 \(nearest: clang19\)/],
    ['osl', '2025', 'gcc11', /variants for 2025 are clang18, clang19/],
    ['openexr', '2025', 'clang19', /ci-openexr is not built per compiler/],
  ])('%s %s %s fails clearly', (project, vfxYear, variant, message) => {
    expect(() => catalog.resolve({ project, vfxYear, variant })).toThrow(message);
  });
});

describe('helpers', () => {
  test.each([
    ['clang20', ['clang18', 'clang19'], 'clang19'],
    ['2030', ['2019', '2026'], '2026'],
    ['opnexr', ['openexr', 'osl'], 'openexr'],
    ['zzzzzzzzzz', ['openexr', 'osl'], undefined],
  ])('nearest(%s)', (value, options, expected) => {
    expect(nearest(value, options)).toBe(expected);
  });

  test('parseTag', () => {
    expect(parseTag('2022-clang10.11')).toEqual({ version: '2022-clang10', major: '2022', variant: 'clang10', build: 11 });
    expect(parseTag('2025.6')).toEqual({ version: '2025', major: '2025', variant: '', build: 6 });
  });

  test('versionsFromEnv keeps *_VERSION variables only', () => {
    expect(versionsFromEnv({ ASWF_CMAKE_VERSION: '3.31.6', ASWF_ORG: 'aswf', PATH: '/bin', ASWF_BASEOS_DISTRO: 'rockylinux8' })).toEqual({ cmake: '3.31.6' });
  });
});
