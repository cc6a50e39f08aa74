import type { FeedEvent, WireInteraction, WireMessage } from '../protocol.js';

/** A message the page shows: the bot's, or a local notice only the current person sees (Discord's own errors). */
export interface ShownMessage extends WireMessage {
	/** Who may see it when it is ephemeral (the person who started its interaction). */
	readonly viewer: string | undefined;
	/** "ada used /explain" */
	readonly invokedBy: WireInteraction | undefined;
	readonly local: boolean;
}

export type Change = { readonly kind: 'all' } | { readonly kind: 'message'; readonly message: ShownMessage };

/** Every message and interaction the feed reported, in arrival order. */
export class MessageStore {
	readonly #messages = new Map<string, WireMessage>();
	readonly #interactions = new Map<string, WireInteraction>();
	readonly #listeners = new Set<(change: Change) => void>();
	#localCount = 0;

	apply(event: FeedEvent): void {
		switch (event.kind) {
			case 'snapshot':
				this.#messages.clear();
				for (const interaction of event.interactions) this.#interactions.set(interaction.id, interaction);
				for (const message of event.messages) this.#messages.set(message.id, message);
				this.#emit({ kind: 'all' });
				return;
			case 'interaction':
				this.#interactions.set(event.interaction.id, event.interaction);
				return;
			case 'message':
				this.#messages.set(event.message.id, event.message);
				this.#emit({ kind: 'message', message: this.#shown(event.message) });
		}
	}

	/** Discord's client answers some things itself ("The application did not respond"): only you see those. */
	addLocalNotice(channelId: string, viewer: string, content: string): void {
		this.#localCount += 1;
		const message: WireMessage & { viewer: string } = {
			id: `local-${this.#localCount}`,
			channelId,
			content,
			embeds: [],
			components: [],
			attachments: [],
			ephemeral: true,
			loading: false,
			deleted: false,
			edited: false,
			createdAt: Date.now(),
			viewer,
		};
		this.#messages.set(message.id, message);
		this.#emit({ kind: 'message', message: this.#shown(message) });
	}

	inChannel(channelId: string): ShownMessage[] {
		return [...this.#messages.values()]
			.filter((message) => message.channelId === channelId)
			.map((message) => this.#shown(message));
	}

	onChange(listener: (change: Change) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#shown(message: WireMessage & { viewer?: string }): ShownMessage {
		const invokedBy = message.interactionId === undefined ? undefined : this.#interactions.get(message.interactionId);
		return {
			...message,
			viewer: message.viewer ?? invokedBy?.userName,
			invokedBy,
			local: message.id.startsWith('local-'),
		};
	}

	#emit(change: Change): void {
		for (const listener of this.#listeners) listener(change);
	}
}
