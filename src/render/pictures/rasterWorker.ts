import { parentPort } from 'node:worker_threads';
import { createPngDrawer } from './drawPng.js';
import type { RasterRequest, RasterResponse } from './rasterProtocol.js';

// The worker thread of renderWorker.ts: draws pictures one message at a time, so the bot's event loop never does.
const port = parentPort;
if (!port) throw new Error('rasterWorker.ts runs as a worker thread (see renderWorker.ts)');
const draw = createPngDrawer();
port.on('message', (request: RasterRequest) => {
	draw(request.source).then(
		({ png, width, height }) => {
			reply({ id: request.id, ok: true, png, width, height });
		},
		(error: unknown) => {
			reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
		},
	);
});

function reply(response: RasterResponse): void {
	port?.postMessage(response);
}
