import { run } from './index.js';
await run('cmake', 'main');
process.exit();
