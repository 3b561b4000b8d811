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
/** The matrix dimensions: the original matrix values of GitHub's include rule; every other key only extends. */
const DIMENSIONS = ['os', 'vfx-year', 'variant', 'build-type'];
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
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
    // Dimension values are strings in the matrix ("vfx-year": "2024"): a number means the same; anything else is a mistake.
    return list.map((entry) => {
        const normalized = { ...entry };
        for (const key of DIMENSIONS) {
            const v = entry[key];
            if (v === undefined)
                continue;
            if (typeof v !== 'string' && typeof v !== 'number') {
                throw new errors/* InputError */.dz(name, text, `objects whose ${DIMENSIONS.join(', ')} values are strings or numbers (${key} is ${JSON.stringify(v)})`);
            }
            normalized[key] = key === 'os' || key === 'variant' ? String(v).trim().toLowerCase() : String(v).trim();
        }
        return normalized;
    });
}
/** The values in order, without repeats: `clang19, CLANG19` or `Release, release` is one job, not two (the first spelling stays). */
function uniqueIgnoringCase(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = v.toLowerCase();
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
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
    const registry = inputs.string('registry', container_catalog/* DEFAULT_REGISTRY */.sx);
    (0,container_catalog/* checkReference */.M5)('registry', registry);
    return {
        project,
        vfxYears: years.length ? years : ['latest'],
        os: os.length ? uniqueIgnoringCase(os) : ['linux'],
        variants: uniqueIgnoringCase(inputs.list('variants').map((v) => v.toLowerCase())),
        buildTypes: buildTypes.length ? uniqueIgnoringCase(buildTypes) : ['Release'],
        include: jsonObjects(inputs, 'include'),
        exclude: jsonObjects(inputs, 'exclude'),
        pin: inputs.bool('pin', true),
        registry,
    };
}
/**
 * Expands plain years, ranges (`2023-2026`: the years of the range the family has images for), `latest` and
 * `latest-N` (the newest and the N before it: N+1 years), ascending.
 */
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
            const inRange = all.filter((y) => Number(y) >= from && Number(y) <= to);
            if (inRange.length === 0) {
                throw new errors/* UserError */.yo(`Input 'vfx-years': ci-${family} has no image for any year of ${raw.trim()}: it exists for ${all.join(', ')}.`);
            }
            for (const y of inRange)
                years.add(y);
        }
        else if (latest) {
            const back = Number(latest[1] ?? 0);
            if (back >= all.length) {
                throw new errors/* UserError */.yo(`Input 'vfx-years': ${raw.trim()} goes back further than ci-${family}'s first year ${all[0] ?? '(none)'} (it has ${all.join(', ')}).`);
            }
            for (const y of all.slice(all.length - 1 - back))
                years.add(y);
        }
        else if (/^\d{4}$/.test(expr)) {
            years.add(catalog.year(family, expr, 'vfx-years'));
        }
        else {
            throw new errors/* InputError */.dz('vfx-years', raw, `years (2025), ranges (2023-2026), latest or latest-N; ci-${family} has ${all.join(', ')}`);
        }
    }
    return [...years].sort();
}
/** Matrix values compare as GitHub shows them: a scalar by its text (2024 is "2024"), anything else by its JSON. */
const same = (a, b) => isScalar(a) && isScalar(b) ? String(a) === String(b) : JSON.stringify(a) === JSON.stringify(b);
const matches = (entry, pattern) => Object.entries(pattern).every(([k, v]) => same(entry[k], v));
/**
 * GitHub's include rule: each include object is added to every original combination whose original matrix values
 * (the dimensions) it does not overwrite; its other keys only extend (and may overwrite values added before). An object
 * that fits no original combination becomes a new combination (later include objects do not extend it).
 */
function applyInclude(entries, include, imageFor) {
    const result = entries.map((e) => ({ ...e }));
    const added = [];
    for (const extra of include) {
        let merged = false;
        entries.forEach((orig, i) => {
            const compatible = DIMENSIONS.every((k) => extra[k] === undefined || same(orig[k], extra[k]));
            if (compatible) {
                Object.assign(result[i], extra);
                merged = true;
            }
        });
        if (!merged) {
            const entry = { ...extra };
            const os = typeof entry.os === 'string' ? entry.os : undefined;
            if (os && RUNS_ON[os] && entry['runs-on'] === undefined)
                entry['runs-on'] = RUNS_ON[os];
            if (entry.name === undefined)
                entry.name = entryName(String(entry.os ?? 'extra'), String(entry['vfx-year'] ?? ''), String(entry.variant ?? ''), String(entry['build-type'] ?? ''));
            // A new Linux entry of a year gets its image like the others (unless it names one).
            if (os === 'linux' && entry['vfx-year'] !== undefined && entry.image === undefined) {
                const r = imageFor(entry, extra);
                entry.image = r.image;
                entry.variant ??= r.variant;
            }
            added.push(entry);
        }
    }
    return [...result, ...added];
}
/** A check name: stable across image rebuilds (it names the year and the requested variant, never the tag). */
function entryName(os, year, variant, buildType) {
    return [os, year, variant, buildType].filter(Boolean).join(' ');
}
/** The image of one year and variant of the matrix; a variant the catalog lacks is a bad value of `variants`. */
function resolveVariant(catalog, request) {
    try {
        return catalog.resolve({ ...request, variantInput: 'variants' });
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo) || err instanceof errors/* InputError */.dz || !request.variant)
            throw err;
        const reason = err.message.replace(/^Input 'variants': /, '').replace(/\.$/, '');
        throw new errors/* InputError */.dz('variants', request.variant, `compiler variants ci-${request.project} has for every year asked for (${reason})`);
    }
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
                // The image depends on the year and variant only (resolved once, and only when there is an entry to fill).
                const resolved = os === 'linux' && plan.buildTypes.length ? resolveVariant(catalog, { project: family, vfxYear: year, variant, pin: plan.pin, registry: plan.registry }) : undefined;
                const image = resolved?.image ?? '';
                const resolvedVariant = resolved ? resolved.variant : variant;
                for (const buildType of plan.buildTypes) {
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
    const imageFor = (entry, given) => {
        try {
            return catalog.resolve({ project: family, vfxYear: String(entry['vfx-year']), variant: entry.variant === undefined ? undefined : String(entry.variant), pin: plan.pin, registry: plan.registry });
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.yo))
                throw err;
            throw new errors/* InputError */.dz('include', JSON.stringify(given), `objects whose Linux entries name a ci-${family} image of the catalog by vfx-year and variant (${err.message.replace(/\.$/, '')})`);
        }
    };
    return { include: applyInclude(kept, plan.include, imageFor) };
}
async function runPlan(step) {
    const plan = parsePlanInputs(step.inputs);
    const catalog = new container_catalog/* Catalog */.WC();
    const matrix = buildMatrix(plan, catalog);
    // A VFX year newer than the catalog: its moving tag, and why it is not pinned.
    for (const warning of catalog.warnings)
        step.warning(warning);
    if (matrix.include.length === 0)
        throw new errors/* UserError */.yo('The plan is empty: exclude removed every combination.');
    if (matrix.include.length > 256) {
        throw new errors/* UserError */.yo(`The plan has ${matrix.include.length} jobs; GitHub allows at most 256 per matrix.`);
    }
    step.setOutput('matrix', JSON.stringify(matrix));
    step.info(`${matrix.include.length} job${matrix.include.length === 1 ? '' : 's'}:`);
    // Names and images may come from the include input: untrusted text, one safe line each.
    for (const e of matrix.include)
        step.info(`  ${(0,format/* safe */.gB)(String(e.name))}${e.image ? `  (${(0,format/* safe */.gB)(String(e.image))})` : ''}`);
    step.summary(`### Build plan\n\n` +
        (0,format/* table */.tp)(['Name', 'Runs on', 'Image'], matrix.include.map((e) => [(0,format/* cell */.Hn)(String(e.name ?? '')), (0,format/* cell */.Hn)(String(e['runs-on'] ?? '')), e.image ? `<code>${(0,format/* cell */.Hn)(String(e.image))}</code>` : ''])));
}

;// CONCATENATED MODULE: ./src/actions/plan.ts

/** Turns a compact description into a `strategy.matrix` (output `matrix`). */
const main = (step) => runPlan(step);


/***/ })

};
