import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Where the fake puts the trace: DeepSeek/llama.cpp, vLLM/Ollama/OpenRouter, inline tags, or nowhere (o-series). */
export type TraceShape = 'reasoning_content' | 'reasoning' | 'think' | 'think-no-open' | 'none';

export interface CompletionScript {
	readonly trace?: string;
	readonly answer?: string;
	readonly shape?: TraceShape;
	/** DeepSeek puts usage on the finish chunk; OpenAI sends an extra chunk with `choices: []`. */
	readonly usageAt?: 'finish' | 'extra' | 'none';
	readonly reasoningTokens?: number;
	/** null: the stream ends without a finish reason. */
	readonly finishReason?: string | null;
	readonly chunkChars?: number;
	/** Pause between chunks. */
	readonly chunkDelayMs?: number;
	/** An error response instead of an answer; type, message and param default to a generic body. */
	readonly error?: {
		readonly status: number;
		readonly code?: string;
		readonly retryAfter?: string;
		readonly type?: string;
		readonly message?: string;
		readonly param?: string;
	};
	/** Never send headers. */
	readonly hangBeforeHeaders?: boolean;
	/** Send this many chunks, then stall forever with the connection open. */
	readonly stallAfterChunks?: number;
	/** Send this many chunks, then destroy the socket. */
	readonly cutAfterChunks?: number;
}

export interface RecordedRequest {
	readonly method: string;
	readonly path: string;
	readonly body: Record<string, unknown>;
	readonly headers: IncomingMessage['headers'];
}

/** A local OpenAI-compatible server for tests: scripted answers, faults, and a record of every request. */
export class FakeModelServer {
	readonly requests: RecordedRequest[] = [];
	models: readonly string[] = ['fake-reasoner'];
	/** When set, a prompt whose message texts add up to more characters gets OpenAI's context_length_exceeded 400. */
	contextWindowChars: number | undefined;
	#queue: CompletionScript[] = [];
	#default: CompletionScript = { trace: 'Let me think.', answer: 'The answer.', shape: 'reasoning_content' };
	private constructor(
		private readonly server: Server,
		private readonly sockets: Set<Socket>,
		readonly url: string,
	) {}

	static async start(): Promise<FakeModelServer> {
		const sockets = new Set<Socket>();
		const server = createServer((request, response) => {
			void fake.handle(request, response);
		});
		server.on('connection', (socket) => {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const fake = new FakeModelServer(server, sockets, `http://127.0.0.1:${port}/v1`);
		return fake;
	}

	/** Answers for the next completion requests, in order; then the default. */
	enqueue(...scripts: CompletionScript[]): void {
		this.#queue.push(...scripts);
	}

	/** Forgets scripted answers not yet used. */
	clearQueue(): void {
		this.#queue = [];
	}

	setDefault(script: CompletionScript): void {
		this.#default = script;
	}

	get completions(): readonly RecordedRequest[] {
		return this.requests.filter((request) => request.path.endsWith('/chat/completions'));
	}

	async close(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => {
			this.server.close(() => {
				resolve();
			});
		});
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
		const path = (request.url ?? '').replace(/\?.*$/, '');
		this.requests.push({ method: request.method ?? '', path, body, headers: request.headers });
		if (request.method === 'GET' && path.endsWith('/models')) {
			json(response, 200, {
				object: 'list',
				data: this.models.map((id) => ({ id, object: 'model', owned_by: 'fake' })),
			});
			return;
		}
		if (request.method !== 'POST' || !path.endsWith('/chat/completions')) {
			json(response, 404, { error: { message: 'Not found', type: 'invalid_request_error' } });
			return;
		}
		const problem = historyProblem(body['messages']);
		if (problem) {
			json(response, 400, {
				error: { message: problem, type: 'invalid_request_error', code: 'invalid_request_error' },
			});
			return;
		}
		const promptChars = promptLength(body['messages']);
		if (this.contextWindowChars !== undefined && promptChars > this.contextWindowChars) {
			json(response, 400, contextLengthExceeded(this.contextWindowChars, promptChars));
			return;
		}
		const script = this.#queue.shift() ?? this.#default;
		if (script.hangBeforeHeaders) return;
		if (script.error) {
			const headers: Record<string, string> = script.error.retryAfter ? { 'retry-after': script.error.retryAfter } : {};
			json(
				response,
				script.error.status,
				{
					error: {
						message: script.error.message ?? `fake ${script.error.status}`,
						type: script.error.type ?? 'error',
						param: script.error.param ?? null,
						code: script.error.code ?? null,
					},
				},
				headers,
			);
			return;
		}
		if (body['stream'] === true) await streamAnswer(response, script);
		else json(response, 200, completion(script));
	}
}

function promptLength(messages: unknown): number {
	if (!Array.isArray(messages)) return 0;
	let chars = 0;
	for (const message of messages as { content?: unknown }[])
		if (typeof message.content === 'string') chars += message.content.length;
	return chars;
}

/** OpenAI's body for a prompt over the context, word for word in shape (a character stands in for a token). */
function contextLengthExceeded(window: number, prompt: number): unknown {
	return {
		error: {
			message: `This model's maximum context length is ${window} tokens. However, your messages resulted in ${prompt} tokens. Please reduce the length of the messages.`,
			type: 'invalid_request_error',
			param: 'messages',
			code: 'context_length_exceeded',
		},
	};
}

/** What a strict reasoning API enforces: first turn from the user, roles alternating, no reasoning in history. */
function historyProblem(messages: unknown): string | undefined {
	if (!Array.isArray(messages)) return 'messages must be an array';
	const turns = messages.filter(
		(message: { role?: string }) => message.role !== 'system' && message.role !== 'developer',
	);
	for (const [index, turn] of turns.entries()) {
		const message = turn as Record<string, unknown>;
		if ('reasoning_content' in message || 'reasoning' in message) return `reasoning in history at ${index}`;
		if (message['role'] !== (index % 2 === 0 ? 'user' : 'assistant')) return `roles must alternate (turn ${index})`;
	}
	return turns.length % 2 === 1 ? undefined : 'the last turn must be the user';
}

function usageOf(script: CompletionScript, placement: 'finish' | 'extra'): Record<string, unknown> {
	const reasoning = script.reasoningTokens ?? Math.ceil((script.trace ?? '').length / 4);
	const completion = reasoning + Math.ceil((script.answer ?? '').length / 4);
	const base = {
		prompt_tokens: 100,
		completion_tokens: completion,
		total_tokens: 100 + completion,
		completion_tokens_details: { reasoning_tokens: reasoning },
	};
	return placement === 'finish'
		? { ...base, prompt_cache_hit_tokens: 40, prompt_cache_miss_tokens: 60 }
		: { ...base, prompt_tokens_details: { cached_tokens: 30 } };
}

/** The deltas of a script: reasoning first, then content, split into small pieces like real streams. */
function deltas(script: CompletionScript): Record<string, string>[] {
	const size = script.chunkChars ?? 12;
	const split = (text: string): string[] => text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
	const shape = script.shape ?? 'reasoning_content';
	const trace = script.trace ?? '';
	const answer = script.answer ?? '';
	if (shape === 'think') return split(`<think>${trace}</think>\n\n${answer}`).map((content) => ({ content }));
	if (shape === 'think-no-open') return split(`${trace}</think>\n\n${answer}`).map((content) => ({ content }));
	const field = shape === 'none' ? undefined : shape;
	return [
		...(field ? split(trace).map((piece) => ({ [field]: piece })) : []),
		...split(answer).map((content) => ({ content })),
	];
}

async function streamAnswer(response: ServerResponse, script: CompletionScript): Promise<void> {
	response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
	const send = (data: unknown): void => {
		response.write(`data: ${JSON.stringify(data)}\n\n`);
	};
	const chunk = (delta: object, finish: string | null, usage?: unknown): unknown => ({
		id: 'chatcmpl-fake',
		object: 'chat.completion.chunk',
		created: 1,
		model: 'fake-reasoner',
		choices: [{ index: 0, delta, finish_reason: finish }],
		...(usage ? { usage } : {}),
	});
	const usageAt = script.usageAt ?? 'finish';
	const finish = script.finishReason === undefined ? 'stop' : script.finishReason;
	send(chunk({ role: 'assistant', content: '' }, null));
	for (const [index, delta] of deltas(script).entries()) {
		if (script.stallAfterChunks !== undefined && index >= script.stallAfterChunks) return;
		if (script.cutAfterChunks !== undefined && index >= script.cutAfterChunks) {
			// Let what was written reach the client first: destroy() discards buffered writes.
			await new Promise((resolve) => setTimeout(resolve, 50));
			response.socket?.destroy();
			return;
		}
		send(chunk(delta, null));
		if (script.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, script.chunkDelayMs));
	}
	if (finish !== null)
		send(chunk({ content: '' }, finish, usageAt === 'finish' ? usageOf(script, 'finish') : undefined));
	if (usageAt === 'extra')
		send({
			id: 'chatcmpl-fake',
			object: 'chat.completion.chunk',
			created: 1,
			model: 'fake-reasoner',
			choices: [],
			usage: usageOf(script, 'extra'),
		});
	response.end('data: [DONE]\n\n');
}

function completion(script: CompletionScript): unknown {
	const shape = script.shape ?? 'reasoning_content';
	const trace = script.trace ?? '';
	const answer = script.answer ?? '';
	const content =
		shape === 'think'
			? `<think>${trace}</think>\n\n${answer}`
			: shape === 'think-no-open'
				? `${trace}</think>\n\n${answer}`
				: answer;
	const message: Record<string, unknown> = { role: 'assistant', content };
	if (shape === 'reasoning_content' || shape === 'reasoning') message[shape] = trace;
	return {
		id: 'chatcmpl-fake',
		object: 'chat.completion',
		created: 1,
		model: 'fake-reasoner',
		choices: [{ index: 0, message, finish_reason: script.finishReason === undefined ? 'stop' : script.finishReason }],
		usage: usageOf(script, 'finish'),
	};
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	response.writeHead(status, { 'content-type': 'application/json', ...headers });
	response.end(JSON.stringify(body));
}
