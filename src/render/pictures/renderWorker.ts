import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedPng } from './fonts.js';
import type { PictureSource } from './picture.js';
import type { RasterRequest, RasterResponse } from './rasterProtocol.js';

/** A cold first picture (Vega and resvg load in the worker) takes ~1.5 s on a busy machine; a warm one ~0.2 s. */
export const DEFAULT_RENDER_TIMEOUT_MS = 15_000;

/** One long-lived worker thread that draws pictures, so a render never holds the bot's event loop. */
export interface RenderWorker {
	/** Rejects with a clear error on a timeout, a worker crash or after close(); the callers then reply in text. */
	render(source: PictureSource): Promise<RenderedPng>;
	/** Stops the thread (at shutdown); later renders reject. */
	close(): Promise<void>;
	/** The running thread, if one was started (none until the first picture): for tests and health checks. */
	current(): Worker | undefined;
}

interface Pending {
	readonly resolve: (rendered: RenderedPng) => void;
	readonly reject: (error: Error) => void;
	readonly timer: NodeJS.Timeout;
}

export function createRenderWorker(options: { readonly timeoutMs?: number } = {}): RenderWorker {
	const timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
	const pending = new Map<number, Pending>();
	let worker: Worker | undefined;
	let nextId = 1;
	let closed = false;

	const finish = (id: number): Pending | undefined => {
		const request = pending.get(id);
		if (!request) return undefined;
		clearTimeout(request.timer);
		pending.delete(id);
		// Idle, the thread must not keep the process alive (a --once run, a test file, a stopping bot).
		if (pending.size === 0) worker?.unref();
		return request;
	};
	// Every request in flight was on this thread: all fail with the cause; the next render starts a fresh thread.
	const lose = (lost: Worker, error: Error) => {
		if (worker !== lost) return;
		worker = undefined;
		for (const id of [...pending.keys()]) finish(id)?.reject(error);
	};
	const start = (): Worker => {
		const started = new Worker(workerEntry());
		started.on('message', (response: RasterResponse) => {
			const request = finish(response.id);
			if (!request) return;
			if (response.ok) {
				const png = Buffer.from(response.png.buffer, response.png.byteOffset, response.png.byteLength);
				request.resolve({ png, width: response.width, height: response.height });
			} else request.reject(new Error(`Picture render failed: ${response.message}`));
		});
		started.on('error', (error) => {
			lose(started, new Error(`Picture worker crashed: ${error.message}`));
		});
		started.on('exit', (code) => {
			lose(started, new Error(`Picture worker stopped (exit code ${code})`));
		});
		return started;
	};

	return {
		render(source) {
			if (closed) return Promise.reject(new Error('Pictures are shut down'));
			const thread = (worker ??= start());
			thread.ref();
			const id = nextId++;
			return new Promise<RenderedPng>((resolve, reject) => {
				const timer = setTimeout(() => {
					// A stuck render would hold every later one: the thread is replaced, not waited for.
					lose(thread, new Error(`Picture render timed out after ${timeoutMs} ms (the picture worker restarts)`));
					void thread.terminate();
				}, timeoutMs);
				timer.unref();
				pending.set(id, { resolve, reject, timer });
				const request: RasterRequest = { id, source };
				thread.postMessage(request);
			});
		},
		async close() {
			closed = true;
			const thread = worker;
			if (!thread) return;
			lose(thread, new Error('Pictures are shut down'));
			await thread.terminate();
		},
		current: () => worker,
	};
}

/**
 * The built worker sits next to this file in dist/. From the sources (tsx, vitest) only the .ts file exists: a small
 * module registers tsx's loader in the thread, then imports it (Node 20 ignores `--import` in a worker's execArgv).
 */
function workerEntry(): URL {
	const built = new URL('./rasterWorker.js', import.meta.url);
	if (existsSync(fileURLToPath(built))) return built;
	// require.resolve finds the CommonJS build of tsx's API; the module beside it is the ESM one the bootstrap imports.
	const tsxApi = createRequire(import.meta.url)
		.resolve('tsx/esm/api')
		.replace(/\.cjs$/, '.mjs');
	const tsx = pathToFileURL(tsxApi).href;
	const source = new URL('./rasterWorker.ts', import.meta.url).href;
	const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
	return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}
