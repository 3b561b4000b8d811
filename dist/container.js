import { run } from './index.js';
await run('container', 'main');
process.exit();
