import { Routes, ShardClientUtil, type Client } from 'discord.js';
import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { RESTARTED_WHILE_ANSWERING } from '../render/askNotices.js';
import type { AskInteraction } from './answerTarget.js';

/** What a later process needs to give a deferred reply its final state: the reply's webhook, while it lives. */
interface UnfinishedRecord {
	readonly applicationId: string;
	readonly token: string;
	readonly expiresAt: number;
	/** The shard of the answer's guild: only the process running that shard closes it after a restart. */
	readonly shardId: number;
}

const TOKEN_LIFETIME_MS = 15 * 60_000;
const CLOSE_TIMEOUT_MS = 5_000;
const FINAL = { content: RESTARTED_WHILE_ANSWERING, components: [], allowed_mentions: { parse: [] } } as const;

/**
 * Deferred /ask replies that have not reached their final state. A shutdown closes the ones still running ("the bot
 * restarted while answering"); each is also recorded in the store, so a process killed before it could do that is
 * made good by the next one, within the 15 minutes Discord keeps the reply editable.
 */
export class UnfinishedAnswers {
	readonly #live = new Map<string, AskInteraction>();

	constructor(
		private readonly records: Keyv<UnfinishedRecord>,
		private readonly logger: Logger,
		private readonly now: () => number,
	) {}

	get size(): number {
		return this.#live.size;
	}

	/** Right after the defer. A store that fails costs only the after-restart clean-up, never the answer. */
	async open(interaction: AskInteraction): Promise<void> {
		this.#live.set(interaction.id, interaction);
		const expiresAt = interaction.createdTimestamp + TOKEN_LIFETIME_MS;
		const shardCount = interaction.client.shard?.count ?? interaction.client.options.shardCount ?? 1;
		const record: UnfinishedRecord = {
			applicationId: interaction.applicationId,
			token: interaction.token,
			expiresAt,
			shardId: interaction.guildId ? ShardClientUtil.shardIdForGuildId(interaction.guildId, shardCount) : 0,
		};
		await this.records.set(interaction.id, record, Math.max(1, expiresAt - this.now())).catch((error: unknown) => {
			this.logger.warn({ err: error }, 'could not record an unfinished answer');
		});
	}

	/** Once the reply shows its final state (answer, error or limit). */
	async close(interaction: AskInteraction): Promise<void> {
		this.#live.delete(interaction.id);
		await this.records.delete(interaction.id).catch((error: unknown) => {
			this.logger.warn({ err: error }, 'could not forget a finished answer');
		});
	}

	/** Shutdown, after in-flight interactions had their time: every answer still running gets its final edit. */
	async closeAll(): Promise<number> {
		const running = [...this.#live.values()];
		this.#live.clear();
		await withTimeout(
			Promise.all(
				running.map(async (interaction) => {
					await interaction
						.editReply({ content: RESTARTED_WHILE_ANSWERING, components: [], allowedMentions: { parse: [] } })
						.catch((error: unknown) => {
							this.logger.warn({ err: error }, 'could not close an unfinished answer');
						});
					await this.records.delete(interaction.id).catch(() => undefined);
				}),
			),
		);
		if (running.length > 0) this.logger.warn({ answers: running.length }, 'closed answers still running at shutdown');
		return running.length;
	}

	/** Start-up: answers a previous process of these shards left unfinished (killed, crashed) get their final edit. */
	async closeLeftovers(client: Client<true>): Promise<number> {
		const iterate = this.records.iterator?.bind(this.records);
		if (!iterate) return 0;
		const shards = Array.isArray(client.options.shards) ? client.options.shards : [0];
		let closed = 0;
		try {
			for await (const [id, value] of iterate(undefined)) {
				const record = value as UnfinishedRecord | undefined;
				if (typeof id !== 'string' || !record || !shards.includes(record.shardId) || this.#live.has(id)) continue;
				if (record.expiresAt > this.now()) {
					await withTimeout(
						client.rest.patch(Routes.webhookMessage(record.applicationId, record.token, '@original'), {
							body: FINAL,
							auth: false,
						}),
					).catch((error: unknown) => {
						this.logger.warn({ err: error }, 'could not close an answer left unfinished by the last run');
					});
					closed += 1;
				}
				await this.records.delete(id);
			}
		} catch (error) {
			this.logger.warn({ err: error }, 'could not read the answers left unfinished by the last run');
		}
		if (closed > 0) this.logger.warn({ answers: closed }, 'closed answers the last run left unfinished');
		return closed;
	}
}

async function withTimeout<T>(work: Promise<T>): Promise<T | undefined> {
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<undefined>((resolve) => {
		timer = setTimeout(() => {
			resolve(undefined);
		}, CLOSE_TIMEOUT_MS);
	});
	try {
		return await Promise.race([work, timedOut]);
	} finally {
		clearTimeout(timer);
	}
}
