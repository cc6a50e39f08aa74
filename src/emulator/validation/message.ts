import type { APIAllowedMentions, APIEmbed } from 'discord.js';
import { DiscordErrors } from '../errors.js';
import type { JsonObject } from '../json.js';
import { isRecord, recordField } from '../json.js';
import type { MessageComponent, RecordedAttachment } from '../types.js';
import { checkActionRows, checkComponentTree } from './components.js';
import { Issues } from './issues.js';
import type { Path } from './issues.js';

const COMPONENTS_V2_FLAG = 1 << 15;
const MAX_EMBED_TOTAL = 6000;

/** The message fields a payload sets; absent keys are left as they were (for edits). */
export interface MessageFields {
	readonly content?: string;
	readonly embeds?: APIEmbed[];
	readonly components?: MessageComponent[];
	readonly flags?: number;
	/** Set by the route from the upload (see resolveAttachments), never read from the JSON alone. */
	readonly attachments?: readonly RecordedAttachment[];
	readonly allowedMentions: APIAllowedMentions | undefined;
}

function isEmbed(value: unknown): value is APIEmbed {
	return isRecord(value);
}

function isComponent(value: unknown): value is MessageComponent {
	return isRecord(value) && typeof value.type === 'number';
}

function isAllowedMentions(value: unknown): value is APIAllowedMentions {
	return isRecord(value) && (value.parse === undefined || Array.isArray(value.parse));
}

/** Validates a message payload against Discord's limits (throws 50035) and extracts its fields. */
export function parseMessageFields(body: JsonObject, basePath: Path = []): MessageFields {
	const issues = new Issues();
	issues.text(body.content, 2000, [...basePath, 'content']);
	const embeds = issues.list(body.embeds, 0, 10, [...basePath, 'embeds']);
	let embedTotal = 0;
	embeds.forEach((embed, index) => {
		embedTotal += checkEmbed(issues, embed, [...basePath, 'embeds', index]);
	});
	if (embedTotal > MAX_EMBED_TOTAL) {
		issues.add([...basePath, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
	}
	const flags = typeof body.flags === 'number' ? body.flags : undefined;
	if (body.flags !== undefined && body.flags !== null && flags === undefined) {
		issues.add([...basePath, 'flags'], 'NUMBER_TYPE_COERCE', 'Value is not int.');
	}
	const isComponentsV2 = ((flags ?? 0) & COMPONENTS_V2_FLAG) !== 0;
	if (isComponentsV2) {
		checkComponentTree(issues, body.components, [...basePath, 'components']);
		if (typeof body.content === 'string' && body.content.length > 0) {
			issues.add(
				[...basePath, 'content'],
				'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
				"The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
			);
		}
	} else {
		checkActionRows(issues, body.components, [...basePath, 'components']);
	}
	const mentions = body.allowed_mentions;
	if (mentions !== undefined && mentions !== null && !isAllowedMentions(mentions)) {
		issues.add([...basePath, 'allowed_mentions'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
	}
	issues.throwIfAny();

	const content = body.content === null ? '' : typeof body.content === 'string' ? body.content : undefined;
	return {
		...(content === undefined ? {} : { content }),
		...(Array.isArray(body.embeds) || body.embeds === null ? { embeds: embeds.filter(isEmbed) } : {}),
		...(Array.isArray(body.components) || body.components === null
			? { components: Array.isArray(body.components) ? body.components.filter(isComponent) : [] }
			: {}),
		...(flags === undefined ? {} : { flags }),
		allowedMentions: isAllowedMentions(mentions) ? mentions : undefined,
	};
}

export function assertNotEmpty(message: {
	content: string;
	embeds: readonly unknown[];
	components: readonly unknown[];
	attachments?: readonly unknown[];
}): void {
	const files = message.attachments?.length ?? 0;
	if (message.content.length === 0 && message.embeds.length === 0 && message.components.length === 0 && files === 0) {
		throw DiscordErrors.emptyMessage();
	}
}

function checkEmbed(issues: Issues, embed: JsonObject, path: Path): number {
	issues.text(embed.title, 256, [...path, 'title']);
	issues.text(embed.description, 4096, [...path, 'description']);
	const footer = recordField(embed, 'footer');
	if (footer) issues.text(footer.text, 2048, [...path, 'footer', 'text'], true);
	const author = recordField(embed, 'author');
	if (author) issues.text(author.name, 256, [...path, 'author', 'name'], true);
	const fields = issues.list(embed.fields, 0, 25, [...path, 'fields']);
	let total = length(embed.title) + length(embed.description) + length(footer?.text) + length(author?.name);
	fields.forEach((field, index) => {
		issues.text(field.name, 256, [...path, 'fields', index, 'name'], true);
		issues.text(field.value, 1024, [...path, 'fields', index, 'value'], true);
		total += length(field.name) + length(field.value);
	});
	return total;
}

function length(value: unknown): number {
	return typeof value === 'string' ? value.length : 0;
}
