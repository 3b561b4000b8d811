export const id = 496;
export const ids = [496];
export const modules = {

/***/ 82496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/container/catalog.ts + 1 modules
var container_catalog = __webpack_require__(15032);
;// CONCATENATED MODULE: ./src/plan/plan.ts



const OSES = ['linux', 'windows', 'macos'];
const RUNS_ON = { linux: 'ubuntu-latest', windows: 'windows-latest', macos: 'macos-latest' };
function jsonObjects(inputs, name) {
    const text = inputs.optional(name);
    if (text === undefined)
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(name, text, 'a JSON object or an array of JSON objects, as in a GitHub matrix');
    }
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
        throw new errors/* InputError */.dz(name, text, 'a JSON object or an array of JSON objects, as in a GitHub matrix');
    }
    return list;
}
function parsePlanInputs(inputs) {
    const project = inputs.optional('project');
    if (!project)
        throw new errors/* UserError */.yo(`The plan action needs 'project' (an ASWF image family: ${new container_catalog/* Catalog */.WC().families.join(', ')}).`);
    const os = inputs.list('os').map((o) => o.toLowerCase());
    for (const o of os)
        if (!OSES.includes(o))
            throw new errors/* InputError */.dz('os', o, `any of ${OSES.join(', ')}`);
    const buildTypes = inputs.list('build-types');
    for (const b of buildTypes) {
        if (!/^[A-Za-z0-9_]+$/.test(b))
            throw new errors/* InputError */.dz('build-types', b, 'configuration names such as Release, Debug, RelWithDebInfo');
    }
    const years = inputs.list('vfx-years');
    return {
        project,
        vfxYears: years.length ? years : ['latest'],
        os: os.length ? [...new Set(os)] : ['linux'],
        variants: inputs.list('variants').map((v) => v.toLowerCase()),
        buildTypes: buildTypes.length ? [...new Set(buildTypes)] : ['Release'],
        include: jsonObjects(inputs, 'include'),
        exclude: jsonObjects(inputs, 'exclude'),
        pin: inputs.bool('pin', true),
        registry: inputs.string('registry', container_catalog/* DEFAULT_REGISTRY */.sx),
    };
}
/** Expands `2023-2026`, `latest`, `latest-2` (the newest and the 2 before it) and plain years, ascending. */
function expandYears(expressions, family, catalog) {
    const years = new Set();
    const all = catalog.years(family);
    for (const raw of expressions) {
        const expr = raw.trim().toLowerCase();
        const range = /^(\d{4})\s*(?:-|\.\.)\s*(\d{4})$/.exec(expr);
        const latest = /^latest(?:-(\d+))?$/.exec(expr);
        if (range?.[1] && range[2]) {
            const [from, to] = [Number(range[1]), Number(range[2])];
            if (from > to)
                throw new errors/* InputError */.dz('vfx-years', raw, 'a range from an earlier to a later year, such as 2023-2026');
            for (let y = from; y <= to; y++)
                years.add(catalog.year(family, String(y), 'vfx-years'));
        }
        else if (latest) {
            const back = Number(latest[1] ?? 0);
            for (let i = back; i >= 0; i--)
                years.add(catalog.year(family, i ? `latest-${i}` : 'latest', 'vfx-years'));
        }
        else if ((0,container_catalog/* isYear */.gv)(expr)) {
            years.add(catalog.year(family, expr, 'vfx-years'));
        }
        else {
            throw new errors/* InputError */.dz('vfx-years', raw, `years (2025), ranges (2023-2026), latest or latest-N; ci-${family} has ${all.join(', ')}`);
        }
    }
    return [...years].sort();
}
const matches = (entry, pattern) => Object.entries(pattern).every(([k, v]) => JSON.stringify(entry[k]) === JSON.stringify(v));
/** GitHub's include rule: added to every entry whose original values it does not change, else a new entry. */
function applyInclude(entries, include) {
    const original = entries.map((e) => ({ ...e }));
    const result = entries.map((e) => ({ ...e }));
    for (const extra of include) {
        let merged = false;
        original.forEach((orig, i) => {
            const compatible = Object.entries(extra).every(([k, v]) => !(k in orig) || JSON.stringify(orig[k]) === JSON.stringify(v));
            if (compatible) {
                Object.assign(result[i], extra);
                merged = true;
            }
        });
        if (!merged) {
            const added = { ...extra };
            const os = typeof added.os === 'string' ? added.os : undefined;
            if (os && RUNS_ON[os] && added['runs-on'] === undefined)
                added['runs-on'] = RUNS_ON[os];
            if (added.name === undefined)
                added.name = entryName(String(added.os ?? 'extra'), String(added['vfx-year'] ?? ''), String(added.variant ?? ''), String(added['build-type'] ?? ''));
            result.push(added);
        }
    }
    return result;
}
/** A check name: stable across image rebuilds (it names the year and the requested variant, never the tag). */
function entryName(os, year, variant, buildType) {
    return [os, year, variant, buildType].filter(Boolean).join(' ');
}
/** The matrix: os × year × variant × build type, then GitHub's exclude and include rules. */
function buildMatrix(plan, catalog = new container_catalog/* Catalog */.WC()) {
    const family = catalog.family(plan.project);
    const years = expandYears(plan.vfxYears, family, catalog);
    const entries = [];
    for (const os of plan.os) {
        for (const year of years) {
            // Variants are compilers of the Linux images; other systems build once per year and build type.
            const variants = os === 'linux' && plan.variants.length ? plan.variants : [''];
            for (const variant of variants) {
                for (const buildType of plan.buildTypes) {
                    let image = '';
                    let resolvedVariant = variant;
                    if (os === 'linux') {
                        const r = catalog.resolve({ project: family, vfxYear: year, variant, pin: plan.pin, registry: plan.registry });
                        image = r.image;
                        resolvedVariant = r.variant;
                    }
                    entries.push({
                        name: entryName(os, year, variant, buildType),
                        'runs-on': RUNS_ON[os],
                        os,
                        image,
                        'vfx-year': year,
                        variant: resolvedVariant,
                        'build-type': buildType,
                    });
                }
            }
        }
    }
    const kept = entries.filter((e) => !plan.exclude.some((x) => matches(e, x)));
    return { include: applyInclude(kept, plan.include) };
}
async function runPlan(step) {
    const plan = parsePlanInputs(step.inputs);
    const matrix = buildMatrix(plan);
    if (matrix.include.length === 0)
        throw new errors/* UserError */.yo('The plan is empty: exclude removed every combination.');
    if (matrix.include.length > 256) {
        throw new errors/* UserError */.yo(`The plan has ${matrix.include.length} jobs; GitHub allows at most 256 per matrix.`);
    }
    step.setOutput('matrix', JSON.stringify(matrix));
    step.info(`${matrix.include.length} job${matrix.include.length === 1 ? '' : 's'}:`);
    for (const e of matrix.include)
        step.info(`  ${String(e.name)}${e.image ? `  (${String(e.image)})` : ''}`);
    step.summary(`### Build plan\n\n` +
        (0,format/* table */.tp)(['Name', 'Runs on', 'Image'], matrix.include.map((e) => [String(e.name ?? ''), String(e['runs-on'] ?? ''), e.image ? `\`${String(e.image)}\`` : ''])));
}

;// CONCATENATED MODULE: ./src/actions/plan.ts

/** Turns a compact description into a `strategy.matrix` (output `matrix`). */
const main = (step) => runPlan(step);


/***/ })

};
