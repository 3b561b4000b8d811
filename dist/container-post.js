import { run } from './index.js';
await run('container', 'post');
process.exit();
