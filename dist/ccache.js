import { run } from './index.js';
await run('ccache', 'main');
process.exit();
