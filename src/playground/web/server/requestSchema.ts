import { z } from 'zod';
import type { InteractionRequest } from '../protocol.js';

const id = z.string().min(1).max(40);
const name = z.string().min(1).max(100);
const value = z.union([z.string().max(6000), z.number(), z.boolean()]);
const who = { userName: name, channelId: id };

const InteractionRequestSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('commandLine'), ...who, line: z.string().max(8000) }),
	z.object({
		kind: z.literal('autocomplete'),
		...who,
		command: z.string().min(1).max(100),
		options: z.record(z.string(), value),
		focused: name,
	}),
	z.object({ kind: z.literal('button'), ...who, messageId: id, customId: z.string().min(1).max(100) }),
	z.object({
		kind: z.literal('select'),
		...who,
		messageId: id,
		customId: z.string().min(1).max(100),
		values: z.array(z.string().max(100)).max(25),
	}),
	z.object({
		kind: z.literal('modal'),
		...who,
		messageId: id.optional(),
		customId: z.string().min(1).max(100),
		fields: z.record(z.string(), z.string().max(4000)),
	}),
]);

/** Reads a page's request; undefined when it is not one. */
export function parseInteractionRequest(body: unknown): InteractionRequest | undefined {
	const parsed = InteractionRequestSchema.safeParse(body);
	if (!parsed.success) return undefined;
	const { messageId, ...rest } = parsed.data as typeof parsed.data & { messageId?: string };
	return (messageId === undefined ? rest : { ...rest, messageId }) as InteractionRequest;
}
