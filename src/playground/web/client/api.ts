import type { FeedEvent, InteractionRequest, InteractionResponse, WorldInfo } from '../protocol.js';

/** The page's only ways to talk to the playground server. */
export async function fetchWorld(): Promise<WorldInfo> {
	const response = await fetch('/api/world');
	if (!response.ok) throw new Error(`The playground did not answer (${response.status})`);
	return (await response.json()) as WorldInfo;
}

export async function sendInteraction(request: InteractionRequest): Promise<InteractionResponse> {
	try {
		const response = await fetch('/api/interactions', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(request),
		});
		if (!response.ok) return { kind: 'error', message: `The playground refused that (${response.status}).` };
		return (await response.json()) as InteractionResponse;
	} catch {
		return { kind: 'error', message: 'The playground is not running any more.' };
	}
}

/** Server-sent events; the browser reconnects by itself, and each connection starts with a snapshot. */
export function openFeed(onEvent: (event: FeedEvent) => void, onStatus: (connected: boolean) => void): () => void {
	const source = new EventSource('/api/feed');
	source.onmessage = (message: MessageEvent<string>) => {
		onEvent(JSON.parse(message.data) as FeedEvent);
	};
	source.onopen = () => {
		onStatus(true);
	};
	source.onerror = () => {
		onStatus(false);
	};
	return () => {
		source.close();
	};
}
