import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';
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
    expect(readme).toMatch(/A snapshot \(\d{4}-\d{2}\)/);
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
    // Newer than the catalog's 2026 by more than UNKNOWN_YEAR_SPAN (3): a mistake, not a year published since.
    ['openexr', '2205', '', /no ci-openexr image for VFX year 2205: it exists for 2019, .*2026 \(nearest: 2026\)/],
    ['openexr', '2030', '', /no ci-openexr image for VFX year 2030: it exists for 2019, .*2026 \(nearest: 2026\)/],
    ['opnexr', '2025', '', /Input 'project' has an invalid value "opnexr": expected an ASWF image family: .*\(nearest: openexr\)/],
    ['opnexr', '2027', '', /Input 'project' has an invalid value "opnexr".*\(nearest: openexr\)/],
    // Older years the family lacks stay errors, whatever the span.
    ['openexr', '2018', '', /no ci-openexr image for VFX year 2018: it exists for 2019, .*\(nearest: 2019\)/],
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

describe('a VFX year newer than the catalog', () => {
  test('is used as its moving year tag, with a warning that says it is not pinned and why', () => {
    const c = new Catalog();
    expect(c.newestYear).toBe('2026');
    const r = c.resolve({ project: 'openexr', vfxYear: '2027' });
    expect(r).toMatchObject({ image: 'docker.io/aswf/ci-openexr:2027', tag: '2027', pinnedTag: '2027', vfxYear: '2027', variant: '', baseOs: '', env: {} });
    expect(r.warning).toBe(
      'The image catalog of this version of aswf/ci-actions has no ci-openexr image for VFX year 2027 (its newest ci-openexr year is 2026, its newest VFX year 2026): ' +
        'using docker.io/aswf/ci-openexr:2027 as is, not pinned to a YEAR.N build (pin: true cannot apply), so a rebuild of that tag ' +
        "changes this job's image, and the catalog cannot check that the image exists. " +
        "Update aswf/ci-actions to a release whose catalog has it, or name an exact tag with 'image'.",
    );
    // Collected once for callers that resolve many entries (the plan action).
    c.resolve({ project: 'openexr', vfxYear: '2027', pin: true });
    expect(c.warnings).toEqual([r.warning]);
    // latest stays the newest year the catalog knows.
    expect(c.resolve({ project: 'openexr', vfxYear: 'latest' }).image).toBe('docker.io/aswf/ci-openexr:2026.4');
  });

  test.each([
    ['oiio', '2027', '', 'docker.io/aswf/ci-oiio:2027'],
    ['osl', '2028', '', 'docker.io/aswf/ci-osl:2028'],
    ['osl', '2029', 'Clang21', 'docker.io/aswf/ci-osl:2029-clang21'],
    // ci-common is tagged by its own major: the next one after 2026's 6.
    ['common', '2027', '', 'docker.io/aswf/ci-common:7'],
    ['common', '2027', 'clang21', 'docker.io/aswf/ci-common:7-clang21'],
  ])('%s %s %s → %s', (project, vfxYear, variant, image) => {
    const r = new Catalog().resolve({ project, vfxYear, variant, registry: 'docker.io/aswf/' });
    expect(r.image).toBe(image);
    expect(r.warning).toContain(`has no ci-${project} image for VFX year ${vfxYear}`);
    if (project === 'common') expect(r.warning).toContain('(ci-common 7: guessed from 2026 being ci-common 6)');
  });

  test('a variant for a family not built per compiler is still refused', () => {
    expect(() => new Catalog().resolve({ project: 'openexr', vfxYear: '2027', variant: 'clang21' })).toThrow(/ci-openexr is not built per compiler/);
  });

  test('the plan action: an explicit newer year becomes a job with its moving tag and one warning; ranges and latest-N keep to the catalog', async () => {
    const { buildMatrix, parsePlanInputs, runPlan } = await import('../../src/plan/plan.js');
    const { Inputs } = await import('../../src/common/inputs.js');
    const { Step } = await import('../../src/common/step.js');
    const env = { INPUT_PROJECT: 'openexr', 'INPUT_VFX-YEARS': '2026, 2027' };
    const log: string[] = [];
    const step = new Step({ ...env }, (t) => void log.push(t));
    await runPlan(step);
    const matrix = JSON.parse(step.outputs.matrix ?? '') as { include: { name: string; image: string }[] };
    expect(matrix.include.map((e) => [e.name, e.image])).toEqual([
      ['linux 2026 Release', 'docker.io/aswf/ci-openexr:2026.4'],
      ['linux 2027 Release', 'docker.io/aswf/ci-openexr:2027'],
    ]);
    expect(log.join('').match(/::warning::The image catalog of this version of aswf\/ci-actions has no ci-openexr image for VFX year 2027/g)).toHaveLength(1);
    const names = (years: string) => buildMatrix(parsePlanInputs(new Inputs({ ...env, 'INPUT_VFX-YEARS': years }))).include.map((e) => e.name);
    expect(names('2025-2028')).toEqual(['linux 2025 Release', 'linux 2026 Release']);
    expect(names('latest-1')).toEqual(['linux 2025 Release', 'linux 2026 Release']);
    expect(() => names('2205')).toThrow(/no ci-openexr image for VFX year 2205.*nearest: 2026/);
  });
});

describe('refreshing the catalog (scripts/catalog.mjs on a newer versions.yaml)', () => {
  /** aswf-docker's file as it would look once VFX 2027 is published: a 2027 platform version and two ci-openexr builds. */
  function newerVersionsFile(dir: string): string {
    const doc = parseDocument(readFileSync(join(root, 'data', 'aswf-docker-versions.yaml'), 'utf8'));
    const v2026 = (doc.toJS() as { versions: Record<string, Record<string, unknown>> }).versions['2026']!;
    doc.setIn(['versions', '2027'], doc.createNode({
      ...v2026,
      parent_versions: ['6', '6-clang20'],
      major_version: '2027',
      package_versions: { ...(v2026.package_versions as object), ASWF_VFXPLATFORM_VERSION: '2027' },
    }));
    doc.setIn(['versions', '2026', 'tags'], doc.createNode([]));
    const openexr = doc.getIn(['ci-images', 'openexr']) as { add(v: unknown): void };
    openexr.add('2027.1');
    openexr.add('2027.2');
    const file = join(dir, 'versions-2027.yaml');
    writeFileSync(file, doc.toString());
    return file;
  }

  /** The data a generated catalog-data.ts holds. */
  const generated = (file: string) => JSON.parse(JSON.parse(/JSON\.parse\((".*")\);\s*$/s.exec(readFileSync(file, 'utf8'))![1]!)) as typeof CATALOG_DATA;

  test('produces the new year: pinned, latest, and the span moves with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aswf-catalog-'));
    try {
      const input = newerVersionsFile(dir);
      // It replaces the current catalog, and says what changed (the catalog workflow's pull request shows it).
      const out = join(dir, 'catalog-data.ts');
      writeFileSync(out, readFileSync(join(root, 'src', 'container', 'catalog-data.ts')));
      const changes = join(dir, 'changes.md');
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'catalog.mjs'), input, '--out', out, '--changes', changes], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readFileSync(changes, 'utf8')).toBe('- versions: +2027\n- ci-openexr: +2027.1, +2027.2\n');
      expect(run.stdout).toContain('Changes:\n- versions: +2027\n- ci-openexr: +2027.1, +2027.2');
      // The same file again: nothing changed.
      const again = spawnSync(process.execPath, [join(root, 'scripts', 'catalog.mjs'), input, '--out', out, '--changes', changes], { encoding: 'utf8' });
      expect(again.status).toBe(0);
      expect(readFileSync(changes, 'utf8')).toBe('');
      const data = generated(out);
      expect(data.sha256).toBe(createHash('sha256').update(readFileSync(input)).digest('hex'));
      expect(data.images.openexr?.slice(-3)).toEqual(['2026.4', '2027.1', '2027.2']);
      const c = new Catalog(data);
      expect(c.newestYear).toBe('2027');
      expect(c.years('openexr').slice(-2)).toEqual(['2026', '2027']);
      const r = c.resolve({ project: 'openexr', vfxYear: '2027' });
      expect(r).toMatchObject({ image: 'docker.io/aswf/ci-openexr:2027.2', vfxYear: '2027' });
      expect(r.warning).toBeUndefined();
      expect(r.env.ASWF_VFXPLATFORM_VERSION).toBe('2027');
      expect(c.resolve({ project: 'openexr', vfxYear: 'latest' }).image).toBe('docker.io/aswf/ci-openexr:2027.2');
      // ci-common follows 2027's platform (6-clang20); a family without 2027 builds yet takes the moving tag.
      expect(c.resolve({ project: 'common', vfxYear: '2027' }).image).toBe('docker.io/aswf/ci-common:6-clang20.4');
      expect(c.resolve({ project: 'oiio', vfxYear: '2027' }).warning).toContain('no ci-oiio image for VFX year 2027 (its newest ci-oiio year is 2026, its newest VFX year 2027)');
      // A year older than the catalog's newest that the family lacks is still a mistake.
      expect(() => c.resolve({ project: 'oiio', vfxYear: '2022' })).toThrow('There is no ci-oiio image for VFX year 2022: it exists for 2023, 2024, 2025, 2026 (nearest: 2023).');
      expect(c.resolve({ project: 'openexr', vfxYear: '2030' }).image).toBe('docker.io/aswf/ci-openexr:2030');
      expect(() => c.resolve({ project: 'openexr', vfxYear: '2031' })).toThrow('nearest: 2027');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the catalog workflow (.github/workflows/catalog.yml)', () => {
  type WorkflowStep = { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string> };
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'catalog.yml'), 'utf8')) as {
    on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; env: Record<string, string>; steps: WorkflowStep[] }>;
  };
  const job = workflow.jobs.refresh!;
  const runs = job.steps.map((s) => s.run ?? '').join('\n');

  test('runs on a schedule and on demand, with write access only in its job', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^[\d*]+ [\d*]+ [\d*]+ [\d*]+ [\d*]+$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  test('fetches the file data/README.md names, regenerates with the change list, opens the pull request with gh', () => {
    expect(job.env.VERSIONS_URL).toBe('https://raw.githubusercontent.com/AcademySoftwareFoundation/aswf-docker/main/python/aswfdocker/data/versions.yaml');
    expect(readFileSync(join(root, 'data', 'README.md'), 'utf8')).toContain('`python/aswfdocker/data/versions.yaml`');
    expect(runs).toContain('--output data/aswf-docker-versions.yaml "$VERSIONS_URL"');
    expect(runs).toContain('node scripts/catalog.mjs --changes "$RUNNER_TEMP/changes.md"');
    expect(runs).toContain('npm run build');
    expect(runs).toMatch(/gh pr create --head "\$BRANCH" --base "\$BASE"/);
    expect(runs).toContain('git add data/aswf-docker-versions.yaml data/README.md src/container/catalog-data.ts dist');
  });

  test('pins actions by commit as the other workflows do, and keeps expressions out of scripts', () => {
    for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    expect(runs).not.toContain('${{');
  });

  test('its snapshot-date edit matches data/README.md', () => {
    const sed = /sed -i -E "s\/(.*?)\/(.*?)\/" data\/README\.md/.exec(runs);
    expect(sed).not.toBeNull();
    const pattern = new RegExp(sed![1]!.replace(/\\\(/g, '\\(').replace(/\\\)/g, '\\)'), 'm');
    expect(readFileSync(join(root, 'data', 'README.md'), 'utf8')).toMatch(pattern);
  });
});
