import type { EmulatorContext } from './context.js';
import type { InteractionRecord } from './interactions.js';
import type { RecordedMessage, Reply } from './types.js';
import type { InteractionEvent, InteractionHandle } from './actorTypes.js';

const CALLBACK_NAMES: Readonly<Record<number, string>> = {
	4: 'reply',
	5: 'deferred reply',
	6: 'deferred update',
	7: 'update',
	8: 'autocomplete result',
	9: 'modal',
};

/** The test-facing view of one interaction: what the bot did, live, plus waiting helpers. */
export function createHandle(ctx: EmulatorContext, record: InteractionRecord): InteractionHandle {
	const handle: InteractionHandle = {
		id: record.id,
		token: record.token,
		description: record.description,
		get events() {
			return record.events;
		},
		get acknowledged() {
			return record.callbackType !== undefined;
		},
		get original(): RecordedMessage | undefined {
			return record.originalMessageId === undefined ? undefined : ctx.messages.get(record.originalMessageId);
		},
		get followUps() {
			return record.followUpIds.flatMap((id) => ctx.messages.get(id) ?? []);
		},
		get choices() {
			return record.choices;
		},
		get modal() {
			return record.modal;
		},
		reply: (timeoutMs = ctx.replyTimeoutMs) =>
			waitOn<Reply>(
				record,
				timeoutMs,
				(resolve, reject) => {
					if (record.firstResponse) resolve(record.firstResponse);
					else if (record.refusal) {
						const { route, status, error } = record.refusal;
						const details = error.errors === undefined ? '' : ` ${JSON.stringify(error.errors)}`;
						reject(
							new Error(
								`Discord refused the bot's response to ${record.description} (${route}): ${status} ${error.message} (code ${error.code})${details}`,
							),
						);
					}
				},
				() => `No response to ${record.description} within ${timeoutMs} ms. ${describeActivity(ctx, record)}`,
			),
		waitFor: (predicate, timeoutMs = ctx.replyTimeoutMs) =>
			waitOn<InteractionHandle>(
				record,
				timeoutMs,
				(resolve) => {
					if (predicate(handle)) resolve(handle);
				},
				() => `Condition on ${record.description} not met within ${timeoutMs} ms. ${describeActivity(ctx, record)}`,
			),
	};
	return handle;
}

type Settle<T> = (resolve: (value: T) => void, reject: (error: Error) => void) => void;

/** Re-checks `settle` now and on every event of the interaction, until it settles or the timeout passes. */
function waitOn<T>(
	record: InteractionRecord,
	timeoutMs: number,
	settle: Settle<T>,
	timeoutMessage: () => string,
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const finish = (): void => {
			clearTimeout(timer);
			record.listeners.delete(check);
		};
		const check = (): void => {
			settle(
				(value) => {
					finish();
					resolve(value);
				},
				(error) => {
					finish();
					reject(error);
				},
			);
		};
		const timer = setTimeout(() => {
			finish();
			reject(new Error(timeoutMessage()));
		}, timeoutMs);
		record.listeners.add(check);
		check();
	});
}

export function describeActivity(ctx: EmulatorContext, record: InteractionRecord): string {
	if (record.events.length === 0) {
		const shard = ctx.gateway.shardOf(record.guildId);
		const connected = ctx.gateway.isShardIdentified(shard) ? '' : ` (shard ${shard} has not identified yet)`;
		return `The bot sent nothing${connected}.`;
	}
	return `The bot sent: ${record.events.map((event) => describeEvent(ctx, event, record.createdAt)).join('; ')}.`;
}

function describeEvent(ctx: EmulatorContext, event: InteractionEvent, start: number): string {
	const at = `+${event.at - start}ms`;
	switch (event.kind) {
		case 'callback':
			return `${at} callback ${event.callbackType} (${CALLBACK_NAMES[event.callbackType] ?? 'unknown'})${preview(ctx, event.messageId)}`;
		case 'edit':
			return `${at} edit${preview(ctx, event.messageId)}`;
		case 'followUp':
			return `${at} follow-up${preview(ctx, event.messageId)}`;
		case 'delete':
			return `${at} delete of ${event.messageId}`;
		case 'rejected':
			return `${at} ${event.route} refused: ${event.status} ${event.error.message} (code ${event.error.code})`;
	}
}

function preview(ctx: EmulatorContext, messageId: string | undefined): string {
	const message = messageId === undefined ? undefined : ctx.messages.get(messageId);
	if (!message) return '';
	const text = message.content.length > 80 ? `${message.content.slice(0, 77)}...` : message.content;
	return ` "${text}"${message.embeds.length > 0 ? ` +${message.embeds.length} embed(s)` : ''}`;
}
