/** The job-level variables through which the actions of one job hand facts to each other (via GITHUB_ENV). */

/** The container the container action started; the execution seam runs commands in it. */
export const CONTAINER_VARIABLE = 'ASWF_CI_CONTAINER';
/** The resolved image reference of that container; the ccache action uses it as its toolchain id. */
export const CONTAINER_IMAGE_VARIABLE = 'ASWF_CI_CONTAINER_IMAGE';
/**
 * The image id (`sha256:...`) of that container's image: the ccache action hashes it into its key, so a rebuilt image
 * under the same tag gets its own entries.
 */
export const CONTAINER_IMAGE_ID_VARIABLE = 'ASWF_CI_CONTAINER_IMAGE_ID';
/**
 * The PATH of commands run in that container when an action changed it (the deps action: its prefix's bin before the
 * image's own PATH). A host PATH never reaches the container; this one is passed as PATH by the execution seam.
 */
export const CONTAINER_PATH_VARIABLE = 'ASWF_CI_CONTAINER_PATH';
/** The cache directory of the ccache action; the container action mounts it. */
export const CCACHE_DIR_VARIABLE = 'ASWF_CI_CCACHE_DIR';
/**
 * ccache's hits and misses as they stood after CMake's configure step (`<hits> <misses>`), exported by the cmake action
 * when the ccache action set ccache up: the ccache post step takes them off, so it counts the build's own compilations
 * and not CMake's configure-time checks (try_compile), which go through the launcher too.
 */
export const CCACHE_CONFIGURE_STATS_VARIABLE = 'ASWF_CI_CCACHE_CONFIGURE_STATS';
/** `success` or `failure`, exported by the cmake action after the build; the ccache post step reads it. */
export const BUILD_OUTCOME_VARIABLE = 'ASWF_CI_BUILD_OUTCOME';

/** The value a runner gives RUNNER_OS on this platform (Linux, Windows, macOS). */
export function runnerOs(platform: NodeJS.Platform = process.platform): string {
  return ({ linux: 'Linux', win32: 'Windows', darwin: 'macOS' } as Record<string, string>)[platform] ?? platform;
}
