import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { isRecord } from './json.js';
import type { JsonObject } from './json.js';
import { bump, isResumable, parseShard, rawToString, readyPayload, send } from './gatewayProtocol.js';
import { guildCreatePayload } from './payloads.js';
import { shardForGuild } from './snowflake.js';
import type { World } from './world.js';

const HEARTBEAT_INTERVAL_MS = 41_250;
const REPLAY_BUFFER = 2_000;

interface Dispatch {
	readonly s: number;
	readonly t: string;
	readonly d: unknown;
}

interface Session {
	readonly id: string;
	readonly shardId: number;
	readonly shardCount: number;
	seq: number;
	buffer: Dispatch[];
	socket: WebSocket | undefined;
}

interface Connection {
	readonly socket: WebSocket;
	session: Session | undefined;
}

export interface GatewayOptions {
	readonly token: string;
	readonly applicationId: string;
	readonly shardCount: number;
	readonly world: World;
	readonly url: () => string;
}

export interface GatewayStats {
	readonly identifies: number[];
	readonly resumes: number[];
	readonly invalidSessions: number[];
}

/** The Discord gateway: HELLO, IDENTIFY/READY/GUILD_CREATE, heartbeats, RESUME with replay, one session per shard. */
export class Gateway {
	readonly stats: GatewayStats = { identifies: [], resumes: [], invalidSessions: [] };
	readonly #server = new WebSocketServer({ noServer: true });
	readonly #sessionsById = new Map<string, Session>();
	readonly #sessionsByShard = new Map<number, Session>();
	readonly #waitingForShard = new Map<number, Dispatch[]>();
	readonly #sockets = new Set<WebSocket>();

	constructor(private readonly options: GatewayOptions) {
		this.#server.on('connection', (socket) => {
			this.#onConnection(socket);
		});
	}

	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		this.#server.handleUpgrade(request, socket, head, (ws) => this.#server.emit('connection', ws, request));
	}

	shardOf(guildId: string): number {
		const anySession = this.#sessionsByShard.values().next().value;
		return shardForGuild(guildId, anySession?.shardCount ?? this.options.shardCount);
	}

	isShardIdentified(shardId: number): boolean {
		return this.#sessionsByShard.has(shardId);
	}

	/** Sends to the shard owning the guild; buffered for replay when its socket is down, queued until it identifies. */
	dispatchToGuild(guildId: string, t: string, d: unknown): void {
		const shardId = this.shardOf(guildId);
		const session = this.#sessionsByShard.get(shardId);
		if (session) {
			this.#dispatch(session, t, d);
			return;
		}
		const queue = this.#waitingForShard.get(shardId) ?? [];
		queue.push({ s: 0, t, d });
		this.#waitingForShard.set(shardId, queue);
	}

	/** Closes a shard's socket. Non-resumable codes also forget the session, so only a fresh IDENTIFY works. */
	close(code: number, shardId = 0): void {
		const session = this.#sessionsByShard.get(shardId);
		if (!session) throw new Error(`Shard ${shardId} has no gateway session`);
		if (!isResumable(code)) this.#forget(session);
		session.socket?.close(code, 'Closed by the emulator');
	}

	/** Sends op 9. With `resumable: false` the session is forgotten and the client must identify again. */
	invalidateSession(shardId = 0, resumable = false): void {
		const session = this.#sessionsByShard.get(shardId);
		if (!session) throw new Error(`Shard ${shardId} has no gateway session`);
		if (!resumable) this.#forget(session);
		session.socket?.send(JSON.stringify({ op: 9, d: resumable, s: null, t: null }));
		bump(this.stats.invalidSessions, shardId);
	}

	async stop(): Promise<void> {
		for (const socket of this.#sockets) socket.terminate();
		await new Promise<void>((resolve) => {
			this.#server.close(() => {
				resolve();
			});
		});
	}

	#onConnection(socket: WebSocket): void {
		const connection: Connection = { socket, session: undefined };
		this.#sockets.add(socket);
		socket.on('message', (raw) => {
			this.#onMessage(connection, raw);
		});
		socket.on('close', () => {
			this.#sockets.delete(socket);
			if (connection.session?.socket === socket) connection.session.socket = undefined;
		});
		socket.on('error', () => {
			socket.terminate();
		});
		send(socket, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS }, s: null, t: null });
	}

	#onMessage(connection: Connection, raw: RawData): void {
		let payload: unknown;
		try {
			payload = JSON.parse(rawToString(raw));
		} catch {
			connection.socket.close(4002, 'Decode error');
			return;
		}
		if (!isRecord(payload)) {
			connection.socket.close(4002, 'Decode error');
			return;
		}
		const d = isRecord(payload.d) ? payload.d : {};
		switch (payload.op) {
			case 1:
				send(connection.socket, { op: 11, d: null, s: null, t: null });
				return;
			case 2:
				this.#identify(connection, d);
				return;
			case 6:
				this.#resume(connection, d);
				return;
			default:
				if (!connection.session) connection.socket.close(4003, 'Not authenticated');
		}
	}

	#identify(connection: Connection, d: JsonObject): void {
		if (d.token !== this.options.token) {
			connection.socket.close(4004, 'Authentication failed');
			return;
		}
		if (connection.session) {
			connection.socket.close(4005, 'Already authenticated');
			return;
		}
		const [shardId, shardCount] = parseShard(d.shard);
		if (shardId >= shardCount) {
			connection.socket.close(4010, 'Invalid shard');
			return;
		}
		const previous = this.#sessionsByShard.get(shardId);
		if (previous) this.#forget(previous);
		const session: Session = {
			id: randomUUID().replaceAll('-', ''),
			shardId,
			shardCount,
			seq: 0,
			buffer: [],
			socket: connection.socket,
		};
		connection.session = session;
		this.#sessionsById.set(session.id, session);
		this.#sessionsByShard.set(shardId, session);
		bump(this.stats.identifies, shardId);

		const { world } = this.options;
		const guilds = world.guilds.filter((guild) => shardForGuild(guild.id, shardCount) === shardId);
		this.#dispatch(
			session,
			'READY',
			readyPayload(world, this.options.applicationId, session, this.options.url(), guilds),
		);
		for (const guild of guilds) this.#dispatch(session, 'GUILD_CREATE', guildCreatePayload(world, guild));
		const waiting = this.#waitingForShard.get(shardId);
		this.#waitingForShard.delete(shardId);
		for (const event of waiting ?? []) this.#dispatch(session, event.t, event.d);
	}

	#resume(connection: Connection, d: JsonObject): void {
		if (d.token !== this.options.token) {
			connection.socket.close(4004, 'Authentication failed');
			return;
		}
		const session = typeof d.session_id === 'string' ? this.#sessionsById.get(d.session_id) : undefined;
		const seq = typeof d.seq === 'number' ? d.seq : 0;
		const oldest = session?.buffer[0]?.s ?? (session ? session.seq + 1 : 0);
		if (!session || seq > session.seq || seq < oldest - 1) {
			send(connection.socket, { op: 9, d: false, s: null, t: null });
			if (session) bump(this.stats.invalidSessions, session.shardId);
			return;
		}
		if (session.socket && session.socket !== connection.socket) session.socket.close(4009, 'Session resumed elsewhere');
		session.socket = connection.socket;
		connection.session = session;
		bump(this.stats.resumes, session.shardId);
		for (const event of session.buffer) {
			if (event.s > seq) send(connection.socket, { op: 0, s: event.s, t: event.t, d: event.d });
		}
		this.#dispatch(session, 'RESUMED', {});
	}

	#dispatch(session: Session, t: string, d: unknown): void {
		session.seq += 1;
		const event: Dispatch = { s: session.seq, t, d };
		session.buffer.push(event);
		if (session.buffer.length > REPLAY_BUFFER * 2) session.buffer = session.buffer.slice(-REPLAY_BUFFER);
		if (session.socket) send(session.socket, { op: 0, s: event.s, t, d });
	}

	#forget(session: Session): void {
		this.#sessionsById.delete(session.id);
		if (this.#sessionsByShard.get(session.shardId) === session) this.#sessionsByShard.delete(session.shardId);
	}
}
