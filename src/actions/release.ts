import { UserError } from '../common/errors.js';
import { safe } from '../common/format.js';
import { Step } from '../common/step.js';
import { readOptions, trigger } from '../release/plan.js';

/**
 * The release action: on a tag push (or with the `tag` input), drafts the tag's release, uploads the files, source
 * archives, SHA256SUMS and signatures, checks them, then publishes; on a `release` event, attaches them to that
 * release. Anything else does nothing (and says why), before any heavy module is loaded.
 */
export async function main(step: Step): Promise<void> {
  const requireTag = step.inputs.bool('require-tag', false);
  // Masked first, line by line (a value with a line break is refused below, without showing it).
  const token = step.inputs.optional('token') ?? step.env.GITHUB_TOKEN ?? '';
  for (const line of token.split(/\r\n|\r|\n/)) step.setSecret(line.trim());
  const found = trigger(step.env);
  if ('skip' in found) {
    if (requireTag) throw new UserError(`Nothing to release: ${found.skip}, and 'require-tag' is true.`);
    step.notice(`Nothing to release: ${found.skip}.`);
    step.setOutput('published', 'false');
    return;
  }
  const [{ publishRelease, summary }, { HostExecutor }, semver, { apiFailure }] = await Promise.all([
    import('../release/run.js'),
    import('../common/exec.js'),
    import('semver'),
    import('../release/github.js'),
  ]);
  const options = readOptions(step.env, found, (v) => semver.parse(v));
  // Command lines hold the workspace path, the tag and the archive name: logged on one line each (safe).
  const outcome = await publishRelease(step, options, { exec: new HostExecutor((l) => step.info(safe(l))) }).catch((err: unknown) => {
    throw apiFailure(err) ?? err;
  });
  step.setOutput('release-id', outcome.release.id);
  step.setOutput('url', outcome.release.html_url);
  step.setOutput('assets', JSON.stringify(outcome.assets));
  step.setOutput('published', String(outcome.published));
  step.summary(summary(options, outcome));
}
