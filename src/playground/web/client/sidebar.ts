import type { WorldInfo } from '../protocol.js';
import { el } from './dom.js';

export interface Sidebar {
	readonly element: HTMLElement;
	select(channelId: string): void;
}

/** The server's channels and, at the bottom, who you are (a member or a moderator). */
export function createSidebar(
	world: WorldInfo,
	onChannel: (channelId: string) => void,
	onUser: (userName: string) => void,
): Sidebar {
	const links = world.channels.map((channel) =>
		el(
			'button',
			{
				className: 'channel',
				type: 'button',
				'data-channel-id': channel.id,
				onclick: () => {
					onChannel(channel.id);
				},
			},
			el('span', { className: 'channel-hash', 'aria-hidden': 'true' }, '#'),
			channel.name,
		),
	);
	const switcher = el(
		'select',
		{ className: 'user-switcher', 'aria-label': 'You are' },
		...world.users.map((user) => el('option', { value: user.name }, `${user.name} (${user.role})`)),
	);
	switcher.addEventListener('change', () => {
		onUser(switcher.value);
	});
	const element = el(
		'nav',
		{ className: 'sidebar' },
		el('header', { className: 'guild-name' }, world.guildName),
		el('div', { className: 'channel-group' }, 'TEXT CHANNELS'),
		...links,
		el('footer', { className: 'user-panel' }, el('span', { className: 'user-panel-label' }, 'You are'), switcher),
	);
	return {
		element,
		select(channelId) {
			for (const link of links) link.classList.toggle('selected', link.dataset['channelId'] === channelId);
		},
	};
}
