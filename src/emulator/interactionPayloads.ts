import type { EmulatorContext } from './context.js';
import type { InteractionRecord } from './interactions.js';
import type { JsonObject } from './json.js';
import { recordField, recordsField } from './json.js';
import { listComponents } from './componentList.js';
import type { ListedComponent } from './componentList.js';
import type { StoredMessage } from './messages.js';
import { channelPayload, memberPayload } from './payloads.js';
import type { ModalData } from './types.js';
import type { ChannelState, GuildState, MemberState, UserState } from './world.js';

const TEXT_INPUT = 4;
const LABEL = 18;

export interface InteractionScene {
	readonly user: UserState;
	readonly member: MemberState;
	readonly guild: GuildState;
	readonly channel: ChannelState;
	readonly locale: string;
}

/** The INTERACTION_CREATE payload discord.js needs to build a full interaction (channel, member, entitlements...). */
export function interactionPayload(
	ctx: EmulatorContext,
	record: InteractionRecord,
	scene: InteractionScene,
	data: JsonObject,
	message: StoredMessage | undefined,
): JsonObject {
	const { guild, channel, member, user } = scene;
	return {
		id: record.id,
		application_id: ctx.applicationId,
		type: record.type,
		data,
		guild_id: guild.id,
		guild: { id: guild.id, locale: guild.locale, features: [] },
		channel: { ...channelPayload(channel, ctx.world.botUser.id), permissions: member.permissions.toString() },
		channel_id: channel.id,
		member: memberPayload(member, user, true),
		token: record.token,
		version: 1,
		app_permissions: ctx.world.botPermissionsIn(channel).toString(),
		locale: scene.locale,
		guild_locale: guild.locale,
		entitlements: [],
		authorizing_integration_owners: { '0': guild.id },
		context: 0,
		attachment_size_limit: 10_485_760,
		...(message ? { message: ctx.messages.toApi(message, ctx.applicationId) } : {}),
	};
}

/** Finds an enabled component by custom_id anywhere in the message (rows, containers, sections). */
export function findComponent(message: StoredMessage, customId: string): ListedComponent {
	const all = listComponents(message);
	const found = all.find((component) => component.customId === customId);
	if (!found) {
		const ids = all.flatMap((component) => component.customId ?? []);
		throw new Error(`Message ${message.id} has no component "${customId}" (it has: ${ids.join(', ') || 'none'})`);
	}
	if (found.disabled) throw new Error(`Component "${customId}" on message ${message.id} is disabled`);
	return found;
}

/** `data.components` of a modal submission, mirroring the layout of the modal the bot showed (rows or labels). */
export function modalSubmitComponents(
	modal: ModalData | undefined,
	fields: Readonly<Record<string, string>>,
): JsonObject[] {
	if (!modal) {
		return Object.entries(fields).map(([customId, value]) => ({
			type: 1,
			components: [{ type: TEXT_INPUT, custom_id: customId, value }],
		}));
	}
	const known = new Set<string>();
	const input = (component: JsonObject): JsonObject => {
		const customId = typeof component.custom_id === 'string' ? component.custom_id : '';
		known.add(customId);
		const value = fields[customId];
		if (value === undefined && component.required !== false) {
			throw new Error(`Modal "${modal.customId}" requires field "${customId}"`);
		}
		return {
			type: TEXT_INPUT,
			...(component.id === undefined ? {} : { id: component.id }),
			custom_id: customId,
			value: value ?? '',
		};
	};
	const rows = modal.components.flatMap((row): JsonObject[] => {
		const labelled = recordField(row, 'component');
		if (row.type === LABEL && labelled?.type === TEXT_INPUT)
			return [{ type: LABEL, id: row.id, component: input(labelled) }];
		const inputs = recordsField(row, 'components').filter((component) => component.type === TEXT_INPUT);
		return inputs.length > 0 ? [{ type: 1, id: row.id, components: inputs.map(input) }] : [];
	});
	const unknown = Object.keys(fields).filter((key) => !known.has(key));
	if (unknown.length > 0) {
		throw new Error(`Modal "${modal.customId}" has no field ${unknown.join(', ')} (it has: ${[...known].join(', ')})`);
	}
	return rows;
}
