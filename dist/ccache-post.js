import { run } from './index.js';
await run('ccache', 'post');
process.exit();
