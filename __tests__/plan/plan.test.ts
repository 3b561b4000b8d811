import { readFileSync, writeFileSync } from 'node:fs';
import { Inputs } from '../../src/common/inputs.js';
import { Step } from '../../src/common/step.js';
import { Catalog } from '../../src/container/catalog.js';
import { buildMatrix, expandYears, parsePlanInputs, runPlan } from '../../src/plan/plan.js';

const env = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
const plan = (values: Record<string, string>) => buildMatrix(parsePlanInputs(new Inputs(env(values))));
const names = (values: Record<string, string>) => plan(values).include.map((e) => e.name);
const catalog = new Catalog();

describe('vfx-years', () => {
  test.each([
    ['openexr', ['2023-2026'], ['2023', '2024', '2025', '2026']],
    ['openexr', ['latest'], ['2026']],
    ['openexr', ['latest-2'], ['2024', '2025', '2026']],
    ['openexr', ['2025', '2019', '2025'], ['2019', '2025']],
    ['openexr', ['2022..2023', 'latest'], ['2022', '2023', '2026']],
    ['common', ['latest-1'], ['2025', '2026']],
    // A range is the years of it the family has images for.
    ['openexr', ['2019-2026'], ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']],
    ['oiio', ['2019-2026'], ['2023', '2024', '2025', '2026']],
    ['oiio', ['2021-2024'], ['2023', '2024']],
    ['oiio', ['2026-2030'], ['2026']],
  ])('%s %j', (project, exprs, years) => {
    expect(expandYears(exprs, project, catalog)).toEqual(years);
  });

  test.each([
    ['oiio', ['2015-2022'], `Input 'vfx-years': ci-oiio has no image for any year of 2015-2022: it exists for 2023, 2024, 2025, 2026.`],
    ['oiio', ['2021'], /no ci-oiio image for VFX year 2021: it exists for 2023, 2024, 2025, 2026 \(nearest: 2023\)/],
    ['openexr', ['2026-2023'], /Input 'vfx-years' has an invalid value "2026-2023": expected a range from an earlier to a later year/],
    ['openexr', ['next'], /Input 'vfx-years' has an invalid value "next": expected years \(2025\), ranges \(2023-2026\), latest or latest-N; ci-openexr has 2019/],
    ['openexr', ['latest-9'], /latest-9 goes back further than ci-openexr's first year 2019/],
  ])('%s %j fails clearly', (project, exprs, message) => {
    expect(() => expandYears(exprs, project, catalog)).toThrow(message);
  });
});

describe('matrix', () => {
  test('one Linux job per year by default, with pinned images and stable names', () => {
    expect(plan({ project: 'openexr', 'vfx-years': '2024-2025' })).toEqual({
      include: [
        { name: 'linux 2024 Release', 'runs-on': 'ubuntu-latest', os: 'linux', image: 'docker.io/aswf/ci-openexr:2024.7', 'vfx-year': '2024', variant: '', 'build-type': 'Release' },
        { name: 'linux 2025 Release', 'runs-on': 'ubuntu-latest', os: 'linux', image: 'docker.io/aswf/ci-openexr:2025.6', 'vfx-year': '2025', variant: '', 'build-type': 'Release' },
      ],
    });
  });

  test('names do not carry the tag: a rebuilt image (new YEAR.N) keeps the check names', () => {
    const data = structuredClone(catalog.data);
    data.images.openexr = (data.images.openexr ?? []).map((t) => (t === '2025.6' ? '2025.7' : t));
    const before = buildMatrix(parsePlanInputs(new Inputs(env({ project: 'openexr', 'vfx-years': '2025' }))));
    const after = buildMatrix(parsePlanInputs(new Inputs(env({ project: 'openexr', 'vfx-years': '2025' }))), new Catalog(data));
    expect(after.include.map((e) => e.name)).toEqual(before.include.map((e) => e.name));
    expect(after.include[0]?.image).toBe('docker.io/aswf/ci-openexr:2025.7');
  });

  test('variants × build types on Linux; Windows and macOS once per year and build type, without an image', () => {
    const m = plan({ project: 'osl', 'vfx-years': '2025', os: 'linux, windows, macos', variants: 'clang18, clang19', 'build-types': 'Release, Debug' });
    expect(m.include.map((e) => [e.name, e['runs-on'], e.image])).toEqual([
      ['linux 2025 clang18 Release', 'ubuntu-latest', 'docker.io/aswf/ci-osl:2025-clang18.6'],
      ['linux 2025 clang18 Debug', 'ubuntu-latest', 'docker.io/aswf/ci-osl:2025-clang18.6'],
      ['linux 2025 clang19 Release', 'ubuntu-latest', 'docker.io/aswf/ci-osl:2025-clang19.6'],
      ['linux 2025 clang19 Debug', 'ubuntu-latest', 'docker.io/aswf/ci-osl:2025-clang19.6'],
      ['windows 2025 Release', 'windows-latest', ''],
      ['windows 2025 Debug', 'windows-latest', ''],
      ['macos 2025 Release', 'macos-latest', ''],
      ['macos 2025 Debug', 'macos-latest', ''],
    ]);
  });

  test('the default variant is resolved into the entry but kept out of the name', () => {
    const [entry] = plan({ project: 'vfxall', 'vfx-years': '2024' }).include;
    expect(entry).toMatchObject({ name: 'linux 2024 Release', variant: 'clang17', image: 'docker.io/aswf/ci-vfxall:2024-clang17.7' });
  });

  test('pin: false keeps the moving year tags', () => {
    expect(plan({ project: 'usd', 'vfx-years': '2024', pin: 'false' }).include[0]?.image).toBe('docker.io/aswf/ci-usd:2024');
  });

  test('exclude removes partial matches; include extends compatible entries or adds a new one (GitHub rules)', () => {
    const m = plan({
      project: 'openexr',
      'vfx-years': '2024-2025',
      os: 'linux, windows',
      'build-types': 'Release, Debug',
      exclude: '[{"os": "windows", "build-type": "Debug"}, {"vfx-year": "2024", "build-type": "Debug"}]',
      include: '[{"vfx-year": "2025", "coverage": true}, {"os": "macos", "vfx-year": "2026", "build-type": "Release"}]',
    });
    expect(m.include.map((e) => [e.name, e.coverage ?? false])).toEqual([
      ['linux 2024 Release', false],
      ['linux 2025 Release', true],
      ['linux 2025 Debug', true],
      ['windows 2024 Release', false],
      ['windows 2025 Release', true],
      ['macos 2026 Release', false],
    ]);
    expect(m.include[5]).toEqual({ os: 'macos', 'vfx-year': '2026', 'build-type': 'Release', 'runs-on': 'macos-latest', name: 'macos 2026 Release' });
  });

  describe("include follows GitHub's rule: added to every combination whose dimensions it does not overwrite", () => {
    const pick = (m: ReturnType<typeof plan>, keys: string[]) =>
      m.include.map((e) => Object.fromEntries(keys.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])));

    test('extra keys only extend: {"os": "linux", "runs-on": "self-hosted"} moves the Linux entries, adds none', () => {
      const m = plan({ project: 'openexr', 'vfx-years': '2024-2025', os: 'linux, windows', include: '{"os": "linux", "runs-on": "self-hosted"}' });
      expect(m.include.map((e) => [e.name, e['runs-on']])).toEqual([
        ['linux 2024 Release', 'self-hosted'],
        ['linux 2025 Release', 'self-hosted'],
        ['windows 2024 Release', 'windows-latest'],
        ['windows 2025 Release', 'windows-latest'],
      ]);
      expect(m.include[0]).toMatchObject({ os: 'linux', image: 'docker.io/aswf/ci-openexr:2024.7', 'vfx-year': '2024' });
    });

    // GitHub's documented example (fruit: [apple, pear] × animal: [cat, dog]), with vfx-year for fruit, build-type for
    // animal and 2026 for banana.
    test("GitHub's fruit × animal example", () => {
      const m = plan({
        project: 'openexr',
        'vfx-years': '2024, 2025',
        'build-types': 'Release, Debug',
        include: JSON.stringify([
          { color: 'green' },
          { color: 'pink', 'build-type': 'Release' },
          { 'vfx-year': '2024', shape: 'circle' },
          { 'vfx-year': '2026' },
          { 'vfx-year': '2026', 'build-type': 'Release' },
        ]),
      });
      expect(pick(m, ['vfx-year', 'build-type', 'color', 'shape'])).toEqual([
        { 'vfx-year': '2024', 'build-type': 'Release', color: 'pink', shape: 'circle' },
        { 'vfx-year': '2024', 'build-type': 'Debug', color: 'green', shape: 'circle' },
        { 'vfx-year': '2025', 'build-type': 'Release', color: 'pink' },
        { 'vfx-year': '2025', 'build-type': 'Debug', color: 'green' },
        { 'vfx-year': '2026' },
        { 'vfx-year': '2026', 'build-type': 'Release' },
      ]);
    });

    // GitHub's "expanding matrix configurations" (os × node, include {os: windows-latest, node: 16, npm: 6}).
    test("GitHub's example: one combination extended, the others untouched", () => {
      const m = plan({ project: 'openexr', 'vfx-years': '2024, 2025', os: 'windows, linux', include: '[{"os": "windows", "vfx-year": "2025", "npm": 6}]' });
      expect(m.include.map((e) => [e.name, e.npm ?? null])).toEqual([
        ['windows 2024 Release', null],
        ['windows 2025 Release', 6],
        ['linux 2024 Release', null],
        ['linux 2025 Release', null],
      ]);
    });

    // GitHub's "adding configurations" (include {os: windows-latest, version: 17}: 17 would overwrite, so it is new).
    test("GitHub's example: an include that would overwrite a dimension of every combination is a new one", () => {
      const m = plan({ project: 'openexr', 'vfx-years': '2024, 2025', os: 'windows, linux', include: '{"os": "windows", "vfx-year": "2026"}' });
      expect(m.include.map((e) => e.name)).toEqual(['windows 2024 Release', 'windows 2025 Release', 'linux 2024 Release', 'linux 2025 Release', 'windows 2026']);
      expect(m.include[4]).toEqual({ os: 'windows', 'vfx-year': '2026', 'runs-on': 'windows-latest', name: 'windows 2026' });
    });

    test('values added by an include may be overwritten by a later one; dimensions never', () => {
      const m = plan({ project: 'openexr', 'vfx-years': '2025', include: '[{"runs-on": "big"}, {"build-type": "Release", "runs-on": "bigger"}]' });
      expect(m.include).toHaveLength(1);
      expect(m.include[0]).toMatchObject({ 'runs-on': 'bigger', 'build-type': 'Release' });
    });
  });

  describe('include and exclude compare scalars as text: 2024 is "2024"', () => {
    test('a number matches the year', () => {
      const m = plan({ project: 'openexr', 'vfx-years': '2024-2025', 'build-types': 'Release, Debug', exclude: '{"vfx-year": 2024, "build-type": "Debug"}', include: '{"vfx-year": 2025, "coverage": true}' });
      expect(m.include.map((e) => [e.name, e.coverage ?? false])).toEqual([
        ['linux 2024 Release', false],
        ['linux 2025 Release', true],
        ['linux 2025 Debug', true],
      ]);
      expect(m.include[1]?.['vfx-year']).toBe('2025');
    });

    test('a new combination from numbers gets string dimensions', () => {
      const m = plan({ project: 'openexr', 'vfx-years': '2025', include: '{"os": "macos", "vfx-year": 2026}' });
      expect(m.include[1]).toEqual({ os: 'macos', 'vfx-year': '2026', 'runs-on': 'macos-latest', name: 'macos 2026' });
    });

    test('exclude compares other keys as text too', () => {
      expect(names({ project: 'openexr', 'vfx-years': '2024-2025', exclude: '{"image": "docker.io/aswf/ci-openexr:2024.7"}' })).toEqual(['linux 2025 Release']);
    });

    test.each([
      ['include', '{"vfx-year": true}', 'vfx-year is true'],
      ['exclude', '{"os": ["linux"]}', 'os is ["linux"]'],
      ['include', '{"build-type": null}', 'build-type is null'],
    ])('%s %s: a dimension that is not a string or a number is an input error', (input, value, what) => {
      expect(() => plan({ project: 'openexr', [input]: value })).toThrow(
        `Input '${input}' has an invalid value ${JSON.stringify(value)}: expected objects whose os, vfx-year, variant, build-type values are strings or numbers (${what})`,
      );
    });
  });

  test.each([
    [{ project: 'openexr', os: 'linux, solaris' }, `Input 'os' has an invalid value "solaris": expected any of linux, windows, macos.`],
    [{ project: 'openexr', include: '{"os": ' }, `Input 'include' has an invalid value "{\\"os\\":": expected a JSON object or an array of JSON objects`],
    [{ project: 'openexr', exclude: '[1]' }, `Input 'exclude' has an invalid value "[1]"`],
    [{ project: 'openexr', 'build-types': 'Release;Debug' }, `Input 'build-types' has an invalid value "Release;Debug"`],
    [{}, `The plan action needs 'project'`],
    [{ project: 'openexrs' }, /Input 'project' has an invalid value "openexrs".*nearest: openexr/],
    [
      { project: 'osl', 'vfx-years': '2025', variants: 'clang20' },
      `Input 'variants' has an invalid value "clang20": expected compiler variants ci-osl has for every year asked for (There is no ci-osl image for VFX year 2025 with variant clang20: the variants for 2025 are clang18, clang19 (nearest: clang19)).`,
    ],
    [
      { project: 'openexr', 'vfx-years': '2025', variants: 'clang19' },
      `Input 'variants' has an invalid value "clang19": expected compiler variants ci-openexr has for every year asked for (ci-openexr is not built per compiler, so it has no variant "clang19": leave 'variants' empty).`,
    ],
    [{ project: 'openexr', 'vfx-years': '2205' }, /no ci-openexr image for VFX year 2205.*nearest: 2026/],
  ])('%j fails clearly', (values, message) => {
    expect(() => plan(values as Record<string, string>)).toThrow(message);
  });
});

describe('runPlan', () => {
  test('sets the matrix output, logs the jobs and writes a summary table', async () => {
    const log: string[] = [];
    const step = new Step(env({ project: 'ocio', 'vfx-years': 'latest-1' }), (t) => void log.push(t));
    await runPlan(step);
    const matrix = JSON.parse(step.outputs.matrix ?? '');
    expect(matrix.include.map((e: { name: string }) => e.name)).toEqual(['linux 2025 Release', 'linux 2026 Release']);
    expect(log.join('')).toContain('linux 2026 Release  (docker.io/aswf/ci-ocio:2026.4)');
  });

  test('an include name with CR/LF and a workflow command stays one inert line in the log and one cell in the summary', async () => {
    const log: string[] = [];
    const summary = `${process.env.TMPDIR ?? '/tmp'}/aswf-plan-summary-${process.pid}.md`;
    writeFileSync(summary, '');
    const name = 'evil\r\n::warning::owned|<b>x</b>';
    const step = new Step({ ...env({ project: 'ocio', include: JSON.stringify({ os: 'macos', name }) }), GITHUB_STEP_SUMMARY: summary }, (t) => void log.push(t));
    await runPlan(step);
    const lines = log.join('').split(/\r\n|\r|\n/);
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(lines).toContain('  evil\\r\\n::warning::owned|<b>x</b>');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('| evil\\\\r\\\\n::warning::owned\\|&lt;b&gt;x&lt;/b&gt; | macos-latest |');
    expect(md.split('\n').filter((l) => l.includes('evil'))).toHaveLength(1);
  });

  test('an exclude that removes everything is an error', async () => {
    const step = new Step(env({ project: 'ocio', exclude: '{"os": "linux"}' }), () => undefined);
    await expect(runPlan(step)).rejects.toThrow('The plan is empty: exclude removed every combination.');
  });
});

test('a variant must exist in every year asked for', () => {
  expect(names({ project: 'openvdb', 'vfx-years': '2022-2023', variants: 'clang14' })).toEqual(['linux 2022 clang14 Release', 'linux 2023 clang14 Release']);
  expect(() => names({ project: 'openvdb', 'vfx-years': '2022-2024', variants: 'clang14' })).toThrow(
    `Input 'variants' has an invalid value "clang14": expected compiler variants ci-openvdb has for every year asked for (There is no ci-openvdb image for VFX year 2024 with variant clang14: the variants for 2024 are clang16, clang17 (nearest: clang16)).`,
  );
});

describe('include: a new Linux entry of a year gets its image', () => {
  test('resolved from the catalog like the others (pinned, the registry input, the default variant)', () => {
    const m = plan({ project: 'osl', 'vfx-years': '2025', registry: 'ghcr.io/mirror', include: '[{"os": "linux", "vfx-year": "2024", "build-type": "Debug"}, {"os": "linux", "vfx-year": 2024, "variant": "CLANG16"}]' });
    expect(m.include[1]).toEqual({ os: 'linux', 'vfx-year': '2024', 'build-type': 'Debug', 'runs-on': 'ubuntu-latest', name: 'linux 2024 Debug', image: 'ghcr.io/mirror/ci-osl:2024-clang17.7', variant: 'clang17' });
    expect(m.include[2]).toMatchObject({ name: 'linux 2024 clang16', variant: 'clang16', image: 'ghcr.io/mirror/ci-osl:2024-clang16.7' });
  });

  test('pin: false gives the moving tag; an image given in the include is kept', () => {
    const m = plan({ project: 'usd', 'vfx-years': '2025', pin: 'false', include: '[{"os": "linux", "vfx-year": "2024"}, {"os": "linux", "vfx-year": "2023", "image": "me/usd:custom"}]' });
    expect(m.include[1]?.image).toBe('docker.io/aswf/ci-usd:2024');
    expect(m.include[2]).toEqual({ os: 'linux', 'vfx-year': '2023', image: 'me/usd:custom', 'runs-on': 'ubuntu-latest', name: 'linux 2023' });
  });

  test.each([
    ['{"os": "linux", "vfx-year": "2030"}', /^Input 'include' has an invalid value "\{\\"os\\":\\"linux\\",\\"vfx-year\\":\\"2030\\"\}": expected objects whose Linux entries name a ci-osl image of the catalog by vfx-year and variant \(.*2030.*nearest: 2026.*\)\.$/],
    ['{"os": "linux", "vfx-year": "2025", "variant": "clang21"}', /^Input 'include' has an invalid value .*clang21.*: expected objects whose Linux entries name a ci-osl image .*\(There is no ci-osl image for VFX year 2025 with variant clang21: the variants for 2025 are clang18, clang19 \(nearest: clang19\)\)\.$/],
  ])('an unknown year or variant in %s is an input error naming include', (include, message) => {
    expect(() => plan({ project: 'osl', 'vfx-years': '2025', include })).toThrow(message);
  });
});

describe('repeated values in a list are one job', () => {
  test('variants, build types and systems compare without case', () => {
    expect(names({ project: 'osl', 'vfx-years': '2025', variants: 'clang19, CLANG19, Clang18', 'build-types': 'Release, release, Debug, DEBUG', os: 'linux, Linux' })).toEqual([
      'linux 2025 clang19 Release',
      'linux 2025 clang19 Debug',
      'linux 2025 clang18 Release',
      'linux 2025 clang18 Debug',
    ]);
  });
});

test("registry: a value docker would read as an option is an input error naming it", () => {
  expect(() => plan({ project: 'openexr', registry: '--privileged' })).toThrow(`Input 'registry' has an invalid value "--privileged": expected a registry and namespace such as docker.io/aswf`);
});
