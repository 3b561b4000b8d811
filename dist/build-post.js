import { run } from './index.js';
await run('build', 'post');
process.exit();
