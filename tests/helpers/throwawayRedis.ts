import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Socket, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A redis-server of the test's own on a free port, to stop and start again (never the shared one on 6379).
 * Append-only with fsync on every write, so a restart keeps what was written before the stop.
 */
export interface ThrowawayRedis {
	readonly url: string;
	readonly port: number;
	stop(): Promise<void>;
	start(): Promise<void>;
	/** Stops it and deletes its data directory. */
	dispose(): Promise<void>;
}

export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
	const port = await freePort();
	const dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-redis-'));
	let child: ChildProcess | undefined;
	const start = async () => {
		child = spawn(
			'redis-server',
			[
				'--port',
				String(port),
				'--bind',
				'127.0.0.1',
				'--save',
				'',
				'--appendonly',
				'yes',
				'--appendfsync',
				'always',
				'--dir',
				dir,
			],
			{ stdio: 'ignore' },
		);
		await waitForPort(port);
	};
	const stop = async () => {
		const running = child;
		child = undefined;
		if (!running || running.exitCode !== null) return;
		const exited = once(running, 'exit');
		running.kill('SIGTERM');
		await exited;
	};
	await start();
	return {
		url: `redis://127.0.0.1:${port}`,
		port,
		start,
		stop,
		dispose: async () => {
			await stop();
			await rm(dir, { recursive: true, force: true });
		},
	};
}

async function freePort(): Promise<number> {
	const server = createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function waitForPort(port: number, timeoutMs = 5_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const connected = await new Promise<boolean>((resolve) => {
			const socket = new Socket();
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => {
				resolve(false);
			});
			socket.connect(port, '127.0.0.1');
		});
		if (connected) return;
		if (Date.now() > deadline) throw new Error(`redis-server did not listen on ${port}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
