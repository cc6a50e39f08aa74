import type { MentionNames } from '../../markup/index.js';
import type { InteractionRequest, InteractionResponse, WireCommand, WorldInfo } from '../protocol.js';
import { fetchWorld, openFeed, sendInteraction } from './api.js';
import { createComposer } from './composer.js';
import { el } from './dom.js';
import { keepTimesLive } from './liveTimes.js';
import { renderMessage, type MessageContext } from './messageView.js';
import { openModal } from './modalView.js';
import { createSidebar } from './sidebar.js';
import { MessageStore, type ShownMessage } from './store.js';

const MANAGE_GUILD_COMMANDS = new Set(['study']);

/** Wires the page: world → sidebar, message list and composer; the live feed → the store → the list. */
async function start(root: HTMLElement): Promise<void> {
	const world = await fetchWorld();
	const store = new MessageStore();
	let channelId = world.defaultChannelId;
	let userName = world.users[0]?.name ?? '';

	const names = mentionNames(world);
	const list = el('ol', { className: 'messages', 'aria-live': 'polite' });
	const scroller = el('div', { className: 'scroller' }, list);
	const title = el('span', { className: 'channel-title' });
	const status = el('span', { className: 'feed-status' });

	const run = async (request: InteractionRequest): Promise<void> => {
		const response = await sendInteraction(request);
		await respond(response, request.channelId);
	};
	const respond = async (response: InteractionResponse, inChannel: string): Promise<void> => {
		if (response.kind === 'error') store.addLocalNotice(inChannel, userName, response.message);
		if (response.kind === 'modal') {
			const fields = await openModal(response.modal);
			if (!fields) return;
			await run({
				kind: 'modal',
				userName,
				channelId: inChannel,
				customId: response.modal.customId,
				fields,
				...(response.modal.messageId === undefined ? {} : { messageId: response.modal.messageId }),
			});
		}
	};
	const context: MessageContext = {
		names,
		botName: world.bot.name,
		actionsFor: (message) => ({
			press: (customId) =>
				void run({ kind: 'button', userName, channelId: message.channelId, messageId: message.id, customId }),
			choose: (customId, values) =>
				void run({ kind: 'select', userName, channelId: message.channelId, messageId: message.id, customId, values }),
		}),
	};
	const visible = (message: ShownMessage) =>
		message.channelId === channelId && !message.deleted && (!message.ephemeral || message.viewer === userName);

	const atBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
	const toBottom = () => {
		scroller.scrollTop = scroller.scrollHeight;
	};
	const renderAll = () => {
		list.replaceChildren(
			...store
				.inChannel(channelId)
				.filter(visible)
				.map((message) => renderMessage(message, context)),
		);
		toBottom();
	};
	const renderOne = (message: ShownMessage) => {
		const stick = atBottom();
		const existing = list.querySelector(`[data-message-id="${CSS.escape(message.id)}"]`);
		if (!visible(message)) {
			existing?.remove();
			return;
		}
		const node = renderMessage(message, context);
		if (existing) existing.replaceWith(node);
		else list.append(node);
		if (stick || !existing) toBottom();
	};
	store.onChange((change) => {
		if (change.kind === 'all') renderAll();
		else if (change.message.channelId === channelId) renderOne(change.message);
		else sidebar.element.querySelector(`[data-channel-id="${change.message.channelId}"]`)?.classList.add('unread');
	});

	const composer = createComposer({
		world,
		send: (line) => void run({ kind: 'commandLine', userName, channelId, line }),
		autocomplete: async (command, options, focused) => {
			const response = await sendInteraction({ kind: 'autocomplete', userName, channelId, command, options, focused });
			return response.kind === 'choices' ? response.choices : [];
		},
		lockedFor: (command: WireCommand) =>
			MANAGE_GUILD_COMMANDS.has(command.name) &&
			world.users.find((user) => user.name === userName)?.role !== 'moderator'
				? 'needs Manage Server'
				: undefined,
	});
	const selectChannel = (id: string) => {
		channelId = id;
		const name = world.channels.find((channel) => channel.id === id)?.name ?? '';
		title.textContent = name;
		composer.setChannelName(name);
		sidebar.select(id);
		sidebar.element.querySelector(`[data-channel-id="${id}"]`)?.classList.remove('unread');
		renderAll();
		composer.focus();
	};
	const sidebar = createSidebar(world, selectChannel, (name) => {
		userName = name;
		renderAll();
	});

	root.replaceChildren(
		sidebar.element,
		el(
			'main',
			{ className: 'channel-view' },
			el('header', { className: 'channel-header' }, el('span', { className: 'channel-hash' }, '#'), title, status),
			scroller,
			composer.element,
		),
	);
	selectChannel(channelId);
	keepTimesLive(list);
	openFeed(
		(event) => {
			store.apply(event);
		},
		(connected) => {
			status.textContent = connected ? '' : 'reconnecting…';
			root.dataset['feed'] = connected ? 'live' : 'down';
		},
	);
}

function mentionNames(world: WorldInfo): MentionNames {
	const users = new Map([...world.users, ...world.otherUsers].map((user) => [user.id, user.name]));
	users.set(world.bot.id, world.bot.name);
	const channels = new Map(world.channels.map((channel) => [channel.id, channel.name]));
	return {
		user: (id) => users.get(id),
		channel: (id) => channels.get(id),
		role: () => undefined,
	};
}

const root = document.getElementById('app');
if (root) {
	start(root).catch((error: unknown) => {
		root.textContent = `The playground could not start: ${error instanceof Error ? error.message : String(error)}`;
	});
}
