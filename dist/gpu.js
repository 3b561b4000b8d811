import { run } from './index.js';
await run('gpu', 'main');
process.exit();
