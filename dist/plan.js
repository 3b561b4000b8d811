import { run } from './index.js';
await run('plan', 'main');
process.exit();
