import { isAbsolute, relative, sep } from 'node:path';

/** True when `path` is `root` itself or lies below it (absolute paths, compared as given: no link is resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
