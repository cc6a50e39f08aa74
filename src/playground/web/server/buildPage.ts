import { findProjectRoot } from '../../../app/projectRoot.js';
import { ensureClientBuilt } from './clientBuild.js';

// `npm run build`'s last step: bundles the web playground's page with Vite, only when its sources changed
// (so a start that builds first stays fast when nothing did).
const outDir = await ensureClientBuilt(findProjectRoot());
if (process.argv.includes('--verbose')) console.log(`web playground page: ${outDir}`);
