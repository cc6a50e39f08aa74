import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web playground's page: bundled from src/playground/web/client into dist/playground-web, which the
// playground server serves (and rebuilds through this file when the sources are newer).
export default defineConfig({
	root: fileURLToPath(new URL('src/playground/web/client/', import.meta.url)),
	base: '/',
	logLevel: 'warn',
	build: {
		outDir: fileURLToPath(new URL('dist/playground-web/', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022',
		sourcemap: true,
		reportCompressedSize: false,
	},
});
