import { UserError } from '../common/errors.js';
import { Step } from '../common/step.js';

export async function main(_step: Step): Promise<void> {
  throw new UserError('The gpu action is not implemented yet.');
}
