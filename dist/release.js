import { run } from './index.js';
await run('release', 'main');
process.exit();
