import { InputError, UserError } from '../common/errors.js';
import { CATALOG_DATA } from './catalog-data.js';

/** One entry of aswf-docker's `versions` section, reduced to what resolution needs (see scripts/catalog.mjs). */
export interface CatalogVersion {
  /** Direct parents, whose own package versions this version inherits (in order; later ones win). */
  parents?: string[];
  /** The ci-common major version the image is built on. */
  common?: string;
  /** The major tag (e.g. `2025`) points at this version (its default compiler variant). */
  majorTag?: boolean;
  tags?: string[];
  /** This version's own ASWF_* package versions. */
  env?: Record<string, string>;
}

export interface CatalogData {
  source: string;
  sha256: string;
  versions: Record<string, CatalogVersion>;
  /** Image family (`openexr` for aswf/ci-openexr) → published `VERSION.BUILD` tags. */
  images: Record<string, string[]>;
}

/** One published image tag, split. */
export interface ImageTag {
  /** The catalog version it was built from: `2025`, `2025-clang19`, `6-clang20`. */
  version: string;
  /** `2025`, or a ci-common major (`6`). */
  major: string;
  /** `clang19`, or '' for families not built per compiler. */
  variant: string;
  build: number;
}

export interface ResolveRequest {
  project: string;
  /** `2025` or `latest`. */
  vfxYear: string;
  /** '' for the default variant. */
  variant?: string;
  /** Resolve to the exact `YEAR.N` tag (default true). */
  pin?: boolean;
  registry?: string;
  /** The input that asked for the variant, as messages name it (default `variant`; the plan action's is `variants`). */
  variantInput?: string;
}

export interface ResolvedImage {
  /** Full reference, e.g. `docker.io/aswf/ci-openexr:2025.6`. */
  image: string;
  family: string;
  tag: string;
  /** The exact tag, whatever `pin` says. */
  pinnedTag: string;
  vfxYear: string;
  /** The compiler variant of the image ('' for families not built per compiler). */
  variant: string;
  /** ASWF_BASEOS_DISTRO: centos7, rockylinux8... */
  baseOs: string;
  /** The image's ASWF_* variables as the catalog knows them. */
  env: Record<string, string>;
  /**
   * Set when the year is newer than the catalog (see `UNKNOWN_YEAR_SPAN`): the moving year tag is used as is, and this
   * says why it is not pinned. The caller shows it as a warning.
   */
  warning?: string;
}

/**
 * How many years past the catalog's newest VFX year are taken as years aswf-docker published after this catalog was
 * made (used as the moving year tag, with a warning) rather than as mistakes (refused with the nearest year).
 */
export const UNKNOWN_YEAR_SPAN = 3;

export const DEFAULT_REGISTRY = 'docker.io/aswf';

/**
 * Refuses an image reference or registry that docker would read as an option (a leading `-`) or that holds
 * whitespace or control characters (no reference does): it reaches `docker pull` / `docker create` as an argument.
 */
export function checkReference(input: 'image' | 'registry', value: string): void {
  if (!value.startsWith('-') && !/[\s\p{Cc}]/u.test(value)) return;
  const example =
    input === 'image'
      ? 'an image reference such as docker.io/aswf/ci-openexr:2025.6'
      : 'a registry and namespace such as docker.io/aswf (images are <registry>/ci-<project>:<tag>, e.g. docker.io/aswf/ci-openexr:2025.6)';
  throw new InputError(input, value, `${example}: not starting with -, without spaces or control characters`);
}

/** Names people use for a family, mapped to aswf-docker's image name. */
const ALIASES: Record<string, string> = {
  opencolorio: 'ocio',
  openimageio: 'oiio',
  opentimelineio: 'otio',
  openusd: 'usd',
  'open-shading-language': 'osl',
  vfx: 'vfxall',
  all: 'vfxall',
};

export class Catalog {
  /** The warnings of the resolutions so far (each once), for callers that resolve many images (the plan action). */
  readonly warnings: string[] = [];

  constructor(readonly data: CatalogData = CATALOG_DATA) {}

  /** The newest VFX Reference Platform year the catalog has a version for. */
  get newestYear(): string {
    return Object.keys(this.data.versions).filter(isYear).sort().pop() ?? '';
  }

  /**
   * A year the catalog has no image of `family` for, but which was probably published since the catalog was made: after
   * the catalog's newest year by at most UNKNOWN_YEAR_SPAN, or the newest year itself when the family has no image of
   * it yet. Older years the family lacks are mistakes (or images aswf-docker no longer builds).
   */
  isNewerYear(family: string, year: string): boolean {
    const newest = Number(this.newestYear);
    const y = Number(year);
    if (!/^\d{4}$/.test(year) || !(newest > 0) || y > newest + UNKNOWN_YEAR_SPAN) return false;
    const own = this.years(family);
    return y >= newest && y > Number(own[own.length - 1] ?? 0);
  }

  get families(): string[] {
    return Object.keys(this.data.images).sort();
  }

  /** The family for a project name (`openexr`, `ci-openexr`, `aswf/ci-openexr`, `OpenColorIO`), or an error. */
  family(project: string, input = 'project'): string {
    const name = project.trim().toLowerCase().replace(/^(.*\/)?ci-/, '');
    const family = ALIASES[name] ?? name;
    if (this.data.images[family]) return family;
    throw new InputError(input, project, `an ASWF image family: ${this.families.join(', ')}${hint(name, this.families)}`);
  }

  tags(family: string): ImageTag[] {
    return (this.data.images[family] ?? []).map(parseTag);
  }

  /** True for ci-common, whose tags name a ci-common major (`6-clang20`) rather than a VFX year. */
  private byCommonMajor(tags: ImageTag[]): boolean {
    return tags.every((t) => !isYear(t.major));
  }

  /** The VFX years the family has images for, ascending. */
  years(family: string): string[] {
    const tags = this.tags(family);
    if (!this.byCommonMajor(tags)) return unique(tags.map((t) => t.major)).sort();
    const majors = new Set(tags.map((t) => t.major));
    return Object.keys(this.data.versions)
      .filter((k) => isYear(k) && majors.has(this.data.versions[k]?.common ?? ''))
      .sort();
  }

  /**
   * `latest` or a year, as a year the family has (or an error). `latest-N` is not accepted here: in the plan action it
   * means the newest N+1 years, and one image cannot be N+1 years. A year probably published since the catalog was
   * made (`isNewerYear`) is returned as is: `resolve` then uses its moving tag, with a warning.
   */
  year(family: string, vfxYear: string, input = 'vfx-year'): string {
    const years = this.years(family);
    const value = vfxYear.trim();
    if (/^latest$/i.test(value)) {
      const year = years[years.length - 1];
      if (!year) throw new UserError(`ci-${family} has no VFX year images.`);
      return year;
    }
    if (!/^\d{4}$/.test(value)) {
      throw new InputError(input, vfxYear, `a VFX Reference Platform year such as 2025, or latest (ci-${family} has ${years.join(', ')})`);
    }
    if (!years.includes(value) && !this.isNewerYear(family, value)) {
      throw new UserError(`There is no ci-${family} image for VFX year ${value}: it exists for ${years.join(', ')}${hint(value, years)}.`);
    }
    return value;
  }

  /** The ASWF_* variables of a catalog version: its direct parents' own variables, then its own. */
  env(version: string): Record<string, string> {
    const v = this.data.versions[version];
    const env: Record<string, string> = {};
    for (const parent of v?.parents ?? []) Object.assign(env, this.data.versions[parent]?.env);
    return Object.assign(env, v?.env);
  }

  /**
   * A year the catalog has no image of the family for (see `isNewerYear`): the moving tag (`2027`, `2027-clang21`; for
   * ci-common the year's ci-common major, guessed as the one after the newest when the catalog lacks the year, e.g.
   * `7`) under the registry, not pinned, nothing known of its packages, and a warning saying why.
   */
  private unknownYear(family: string, year: string, tags: ImageTag[], request: ResolveRequest): ResolvedImage {
    const wanted = (request.variant ?? '').trim().toLowerCase();
    if (wanted && !tags.some((t) => t.variant !== '')) {
      throw new UserError(`Input 'variant': ci-${family} is not built per compiler, so it has no variant ${JSON.stringify(request.variant)}: leave 'variant' empty.`);
    }
    const newest = this.newestYear;
    let major = year;
    let guessed = '';
    if (this.byCommonMajor(tags)) {
      const known = this.data.versions[year]?.common;
      const newestCommon = Number(this.data.versions[newest]?.common ?? NaN);
      if (known) major = known;
      else if (Number.isFinite(newestCommon)) {
        major = String(newestCommon + Number(year) - Number(newest));
        guessed = ` (ci-common ${major}: guessed from ${newest} being ci-common ${newestCommon})`;
      } else throw new UserError(`There is no ci-${family} image for VFX year ${year}, and the catalog cannot tell which ci-common major it would be.`);
    }
    const tag = wanted ? `${major}-${wanted}` : major;
    const registry = (request.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
    const image = `${registry}/ci-${family}:${tag}`;
    const own = this.years(family);
    const warning =
      `The image catalog of this version of aswf/ci-actions has no ci-${family} image for VFX year ${year} ` +
      `(its newest ci-${family} year is ${own[own.length - 1] ?? 'none'}, its newest VFX year ${newest}): ` +
      `using ${image} as is${guessed}, not pinned to a YEAR.N build${request.pin === false ? '' : ' (pin: true cannot apply)'}, ` +
      `so a rebuild of that tag changes this job's image, and the catalog cannot check that the image exists. ` +
      `Update aswf/ci-actions to a release whose catalog has it, or name an exact tag with 'image'.`;
    if (!this.warnings.includes(warning)) this.warnings.push(warning);
    return { image, family, tag, pinnedTag: tag, vfxYear: year, variant: wanted, baseOs: '', env: {}, warning };
  }

  private majorTag(tag: ImageTag): boolean {
    return this.data.versions[tag.version]?.majorTag === true;
  }

  resolve(request: ResolveRequest): ResolvedImage {
    const family = this.family(request.project);
    const year = this.year(family, request.vfxYear);
    const tags = this.tags(family);
    const common = this.byCommonMajor(tags);
    if (!this.years(family).includes(year)) return this.unknownYear(family, year, tags, request);
    const major = common ? (this.data.versions[year]?.common ?? '') : year;
    // One candidate per version (2025, 2025-clang19...), its highest build: the catalog may list builds in any order.
    const newest = new Map<string, ImageTag>();
    for (const t of tags) {
      if (t.major !== major) continue;
      const seen = newest.get(t.version);
      if (!seen || t.build > seen.build) newest.set(t.version, t);
    }
    const candidates = [...newest.values()];
    const majorTagged = candidates.filter((t) => this.majorTag(t));
    const variants = candidates.map((t) => t.variant).filter((v) => v !== '');
    const wanted = (request.variant ?? '').trim().toLowerCase();
    let chosen: ImageTag | undefined;
    if (wanted) {
      if (variants.length === 0) {
        const input = request.variantInput ?? 'variant';
        throw new UserError(`Input '${input}': ci-${family} is not built per compiler, so it has no variant ${JSON.stringify(request.variant)}: leave '${input}' empty.`);
      }
      chosen = candidates.find((t) => t.variant === wanted);
      if (!chosen) {
        throw new UserError(`There is no ci-${family} image for VFX year ${year} with variant ${wanted}: the variants for ${year} are ${variants.join(', ')}${hint(wanted, variants)}.`);
      }
    } else {
      // ci-common: the compiler of the VFX year's platform (its parents, e.g. 2025 → 5-clang18); other families: the
      // variant the moving major tag points at (e.g. ci-osl:2025 → 2025-clang19).
      const platform = this.data.versions[year]?.parents ?? [];
      chosen =
        (common ? candidates.find((t) => platform.includes(t.version)) : undefined) ??
        (majorTagged.length === 1 ? majorTagged[0] : undefined) ??
        candidates.find((t) => t.variant === '') ??
        [...candidates].sort((a, b) => trailingNumber(b.variant) - trailingNumber(a.variant))[0];
    }
    if (!chosen) throw new UserError(`There is no ci-${family} image for VFX year ${year}.`);
    const pinnedTag = `${chosen.version}.${chosen.build}`;
    // Unpinned: the moving tag, the major alone when the major tag points at the chosen (default) variant.
    const majorTagHere = chosen.variant === '' || (this.majorTag(chosen) && majorTagged.length === 1);
    const tag = request.pin === false ? (!wanted && majorTagHere ? chosen.major : chosen.version) : pinnedTag;
    const registry = (request.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
    const env = this.env(chosen.version);
    return {
      image: `${registry}/ci-${family}:${tag}`,
      family,
      tag,
      pinnedTag,
      vfxYear: year,
      variant: chosen.variant,
      baseOs: env.ASWF_BASEOS_DISTRO ?? '',
      env,
    };
  }
}

export function parseTag(tag: string): ImageTag {
  const dot = tag.lastIndexOf('.');
  const version = tag.slice(0, dot);
  const dash = version.indexOf('-');
  return {
    version,
    major: dash < 0 ? version : version.slice(0, dash),
    variant: dash < 0 ? '' : version.slice(dash + 1),
    build: Number(tag.slice(dot + 1)),
  };
}

/**
 * The `versions` output: ASWF_<NAME>_VERSION variables as `{name: version}` (`cmake`, `clang`, `cuda`, `cpython`...),
 * plus `gcc` (the devtoolset / gcc-toolset major) and `python` (CPython) under the names people look for.
 */
export function versionsFromEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const m = /^ASWF_([A-Z0-9_]+)_VERSION$/.exec(name);
    if (m?.[1] && value !== undefined && value !== '') out[m[1].toLowerCase()] = value;
  }
  if (out.dts && !out.gcc) out.gcc = out.dts;
  if (out.cpython && !out.python) out.python = out.cpython;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** `KEY=VALUE` lines (docker's Config.Env) as a map. */
export function envFromList(list: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq > 0) env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}

export const isYear = (s: string): boolean => /^(19|20)\d\d$/.test(s);

const unique = <T>(items: T[]): T[] => [...new Set(items)];

const trailingNumber = (s: string): number => Number(/(\d+)$/.exec(s)?.[1] ?? -1);

/** The option closest to `value`: by number for years and compiler variants (`clang20` → `clang19`), else by spelling. */
export function nearest(value: string, options: readonly string[]): string | undefined {
  const prefix = (s: string) => s.replace(/\d+$/, '');
  const numeric = /\d+$/.test(value) ? options.filter((o) => /\d+$/.test(o) && prefix(o) === prefix(value)) : [];
  if (numeric.length) {
    const n = trailingNumber(value);
    return [...numeric].sort((a, b) => Math.abs(trailingNumber(a) - n) - Math.abs(trailingNumber(b) - n) || trailingNumber(b) - trailingNumber(a))[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(value, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 2)) ? best : undefined;
}

function hint(value: string, options: readonly string[]): string {
  const near = nearest(value, options);
  return near ? ` (nearest: ${near})` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
