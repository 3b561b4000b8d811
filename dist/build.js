import { run } from './index.js';
await run('build', 'main');
process.exit();
