import { once } from 'node:events';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

/**
 * A TCP forwarder the test can cut: the bot talks to the shared PostgreSQL through it, and `cut()` is the server
 * going away (open connections reset, new ones refused) without touching the server other tests use.
 */
export interface TcpProxy {
	readonly port: number;
	cut(): Promise<void>;
	restore(): Promise<void>;
	close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
	const sockets = new Set<Socket>();
	let server: Server | undefined;
	const listen = async (port: number) => {
		const listening = createServer((client) => {
			const upstream = new Socket();
			sockets.add(client).add(upstream);
			const drop = () => {
				client.destroy();
				upstream.destroy();
				sockets.delete(client);
				sockets.delete(upstream);
			};
			client.on('error', drop).on('close', drop);
			upstream.on('error', drop).on('close', drop);
			upstream.connect(targetPort, targetHost, () => {
				client.pipe(upstream).pipe(client);
			});
		});
		listening.listen(port, '127.0.0.1');
		await once(listening, 'listening');
		server = listening;
		return (listening.address() as AddressInfo).port;
	};
	const port = await listen(0);
	const stop = async () => {
		const running = server;
		server = undefined;
		for (const socket of sockets) socket.destroy();
		sockets.clear();
		if (running)
			await new Promise<void>((resolve) =>
				running.close(() => {
					resolve();
				}),
			);
	};
	return {
		port,
		cut: stop,
		restore: async () => {
			if (!server) await listen(port);
		},
		close: stop,
	};
}
