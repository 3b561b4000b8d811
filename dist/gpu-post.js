import { run } from './index.js';
await run('gpu', 'post');
process.exit();
