import { run } from './index.js';
await run('deps', 'main');
process.exit();
