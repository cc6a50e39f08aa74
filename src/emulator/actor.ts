import type { EmulatorContext } from './context.js';
import { createHandle } from './handle.js';
import { findComponent, interactionPayload, modalSubmitComponents } from './interactionPayloads.js';
import type { InteractionScene } from './interactionPayloads.js';
import { InteractionType } from './interactions.js';
import type { JsonObject } from './json.js';
import type { StoredMessage } from './messages.js';
import { buildCommandData } from './slashOptions.js';
import type {
	EmulatorUser,
	InteractionHandle,
	InteractionTarget,
	MessageRef,
	ModalTarget,
	SlashOptions,
} from './actorTypes.js';
import type { UserState } from './world.js';

const BUTTON = 2;
const STRING_SELECT = 3;

interface Start {
	readonly type: number;
	readonly description: string;
	readonly target: InteractionTarget;
	readonly message?: StoredMessage;
	readonly data: (scene: InteractionScene) => JsonObject;
}

/** A guild member who runs commands, clicks, selects and submits modals; each one is an INTERACTION_CREATE. */
export function createEmulatorUser(
	ctx: EmulatorContext,
	user: UserState,
	defaultGuildId: string | undefined,
): EmulatorUser {
	const scene = (target: InteractionTarget, message: StoredMessage | undefined): InteractionScene => {
		const guildId = target.guildId ?? message?.guildId ?? defaultGuildId ?? ctx.world.guilds[0]?.id;
		const guild = guildId === undefined ? undefined : ctx.world.guild(guildId);
		if (!guild) throw new Error(`Unknown guild ${guildId ?? '(none seeded)'}`);
		const channel = message ? ctx.world.channel(message.channelId) : ctx.world.findChannel(guild, target.channelId);
		if (!channel || channel.deleted)
			throw new Error(`No channel ${target.channelId ?? '(default)'} in guild ${guild.name}`);
		return { user, member: ctx.world.ensureMember(guild, user), guild, channel, locale: target.locale ?? 'en-US' };
	};

	const start = ({ type, description, target, message, data }: Start): InteractionHandle => {
		const current = scene(target, message);
		const payloadData = data(current);
		const record = ctx.interactions.create({
			id: ctx.snowflakes.next(),
			type,
			description,
			createdAt: ctx.clock.now(),
			guildId: current.guild.id,
			channelId: current.channel.id,
			userId: user.id,
			componentMessageId: message?.id,
		});
		ctx.gateway.dispatchToGuild(
			current.guild.id,
			'INTERACTION_CREATE',
			interactionPayload(ctx, record, current, payloadData, message),
		);
		return createHandle(ctx, record);
	};

	const resolveMessage = (ref: MessageRef): StoredMessage => {
		const id = typeof ref === 'string' ? ref : 'id' in ref ? ref.id : ref.message?.id;
		const message = id === undefined ? undefined : ctx.messages.get(id);
		if (!message || message.deleted) throw new Error(`No message ${id ?? '(the reply has none)'} to interact with`);
		return message;
	};

	const startSlash = (command: string, options: SlashOptions = {}, target: InteractionTarget = {}) =>
		start({
			type: InteractionType.Command,
			description: `/${command}`,
			target,
			data: ({ guild }) => buildCommandData(ctx, guild, command, options),
		});

	const startComponent = (
		ref: MessageRef,
		customId: string,
		values: readonly string[] | undefined,
		target: InteractionTarget,
	) => {
		const message = resolveMessage(ref);
		const component = findComponent(message, customId);
		const isButton = component.type === BUTTON;
		if (isButton === (values !== undefined)) {
			throw new Error(
				`Component "${customId}" is ${isButton ? 'a button: use click()' : 'a select menu: use select()'}`,
			);
		}
		const invalid = values?.filter(
			(value) => component.type === STRING_SELECT && !component.optionValues.includes(value),
		);
		if (invalid && invalid.length > 0) {
			throw new Error(
				`Select "${customId}" has no option ${invalid.join(', ')} (it has: ${component.optionValues.join(', ')})`,
			);
		}
		return start({
			type: InteractionType.Component,
			description: `${values ? 'select' : 'button'} ${customId}`,
			target,
			message,
			data: () => ({ custom_id: customId, component_type: component.type, ...(values ? { values: [...values] } : {}) }),
		});
	};

	const startSubmitModal = (customId: string, fields: Readonly<Record<string, string>>, target: ModalTarget = {}) => {
		const components = modalSubmitComponents(ctx.interactions.modalsByCustomId.get(customId), fields);
		return start({
			type: InteractionType.ModalSubmit,
			description: `modal ${customId}`,
			target,
			...(target.message === undefined ? {} : { message: resolveMessage(target.message) }),
			data: () => ({ custom_id: customId, components }),
		});
	};

	return {
		id: user.id,
		name: user.name,
		startSlash,
		slash: async (command, options, target = {}) => await startSlash(command, options, target).reply(target.timeoutMs),
		autocomplete: async (command, options, focused, target = {}) => {
			const handle = start({
				type: InteractionType.Autocomplete,
				description: `autocomplete /${command} (${focused})`,
				target,
				data: ({ guild }) => buildCommandData(ctx, guild, command, options, focused),
			});
			const reply = await handle.reply(target.timeoutMs);
			return reply.choices ?? [];
		},
		forgeClick: async (ref, customId, target = {}) =>
			await start({
				type: InteractionType.Component,
				description: `forged button ${customId}`,
				target,
				message: resolveMessage(ref),
				data: () => ({ custom_id: customId, component_type: BUTTON }),
			}).reply(target.timeoutMs),
		startClick: (message, customId, target = {}) => startComponent(message, customId, undefined, target),
		click: async (message, customId, target = {}) =>
			await startComponent(message, customId, undefined, target).reply(target.timeoutMs),
		startSelect: (message, customId, values, target = {}) => startComponent(message, customId, values, target),
		select: async (message, customId, values, target = {}) =>
			await startComponent(message, customId, values, target).reply(target.timeoutMs),
		startSubmitModal,
		submitModal: async (customId, fields, target = {}) =>
			await startSubmitModal(customId, fields, target).reply(target.timeoutMs),
	};
}
