import type { SlashValue, WireCommand, WorldInfo } from '../protocol.js';
import { OptionType, readDraft, type Draft } from './commandDraft.js';
import { el } from './dom.js';

export interface Suggestion {
	readonly label: string;
	readonly detail: string;
	/** The whole line once picked. */
	readonly line: string;
}

export interface ComposerOptions {
	readonly world: WorldInfo;
	/** The bot's real autocomplete for a value being typed. */
	readonly autocomplete: (
		commandPath: string,
		options: Readonly<Record<string, SlashValue>>,
		focused: string,
	) => Promise<readonly { name: string; value: SlashValue }[]>;
	readonly send: (line: string) => void;
	/** "needs Manage Server" next to commands the current person may not use. */
	readonly lockedFor: (command: WireCommand) => string | undefined;
}

export interface Composer {
	readonly element: HTMLElement;
	setChannelName(name: string): void;
	focus(): void;
}

const MAX_SUGGESTIONS = 25;
const AUTOCOMPLETE_DELAY_MS = 150;

/**
 * The message box: slash commands with a picker (commands, subcommands, options, then values from choices,
 * channels, people or the bot's autocomplete); Tab or a click picks, arrows move, Enter sends the line.
 */
export function createComposer(options: ComposerOptions): Composer {
	const { world } = options;
	const input = el('input', {
		className: 'composer-input',
		type: 'text',
		autocomplete: 'off',
		spellcheck: 'false',
		'aria-label': 'Message',
	});
	const list = el('ul', { className: 'picker', role: 'listbox', hidden: true });
	let suggestions: readonly Suggestion[] = [];
	let highlighted = -1;
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const show = (next: readonly Suggestion[], title: string) => {
		suggestions = next.slice(0, MAX_SUGGESTIONS);
		highlighted = suggestions.length > 0 ? 0 : -1;
		list.replaceChildren(
			el('li', { className: 'picker-title' }, title),
			...suggestions.map((suggestion, index) =>
				el(
					'li',
					{
						className: 'picker-item',
						role: 'option',
						'data-index': String(index),
						onmousedown: (event: Event) => {
							event.preventDefault();
							pick(index);
						},
					},
					el('span', { className: 'picker-label' }, suggestion.label),
					el('span', { className: 'picker-detail' }, suggestion.detail),
				),
			),
		);
		list.hidden = suggestions.length === 0;
		mark();
	};
	const mark = () => {
		for (const item of list.querySelectorAll<HTMLElement>('.picker-item')) {
			item.classList.toggle('active', Number(item.dataset['index']) === highlighted);
		}
	};
	const pick = (index: number) => {
		const suggestion = suggestions[index];
		if (!suggestion) return;
		input.value = suggestion.line;
		input.focus();
		refresh();
	};

	function refresh(): void {
		generation += 1;
		const current = generation;
		if (timer !== undefined) clearTimeout(timer);
		const draft = readDraft(input.value, world.commands);
		const local = localSuggestions(draft, options);
		if (local) {
			show(local.items, local.title);
			return;
		}
		if (draft.stage !== 'value' || !draft.option.autocomplete) {
			show([], '');
			return;
		}
		timer = setTimeout(() => {
			void options
				.autocomplete(draft.commandPath, { ...draft.filled, [draft.option.name]: draft.partial }, draft.option.name)
				.then((choices) => {
					if (current !== generation) return;
					show(
						choices.map((choice) => ({
							label: choice.name,
							detail: '',
							line: `${draft.base}${String(choice.value)} `,
						})),
						`${draft.option.name}: ${draft.option.description}`,
					);
				});
		}, AUTOCOMPLETE_DELAY_MS);
	}

	input.addEventListener('input', refresh);
	input.addEventListener('focus', refresh);
	input.addEventListener('blur', () => {
		list.hidden = true;
	});
	input.addEventListener('keydown', (event) => {
		const open = !list.hidden && suggestions.length > 0;
		if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			highlighted = (highlighted + step + suggestions.length) % suggestions.length;
			mark();
		} else if (open && event.key === 'Tab') {
			event.preventDefault();
			pick(highlighted);
		} else if (event.key === 'Escape') {
			list.hidden = true;
		} else if (event.key === 'Enter') {
			event.preventDefault();
			const line = input.value.trim();
			if (line === '') return;
			options.send(line);
			input.value = '';
			show([], '');
		}
	});

	const element = el(
		'div',
		{ className: 'composer' },
		list,
		el('div', { className: 'composer-box' }, el('span', { className: 'composer-plus' }, '+'), input),
	);
	return {
		element,
		setChannelName(name) {
			input.placeholder = `Message #${name} — type / for commands`;
		},
		focus() {
			input.focus();
		},
	};
}

function localSuggestions(draft: Draft, options: ComposerOptions): { items: Suggestion[]; title: string } | undefined {
	const { world } = options;
	switch (draft.stage) {
		case 'none':
			return { items: [], title: '' };
		case 'command':
			return {
				title: 'Commands',
				items: world.commands
					.filter((command) => command.name.startsWith(draft.prefix))
					.map((command) => {
						const lock = options.lockedFor(command);
						return {
							label: `/${command.name}`,
							detail: lock ? `${command.description} (${lock})` : command.description,
							line: `/${command.name} `,
						};
					}),
			};
		case 'subcommand':
			return {
				title: 'Subcommands',
				items: draft.choices
					.filter((choice) => choice.name.startsWith(draft.prefix))
					.map((choice) => ({ label: choice.name, detail: choice.description, line: `${draft.base}${choice.name} ` })),
			};
		case 'option': {
			const base = draft.prefix === '' ? draft.base : draft.base.replace(/\s*$/, ' ');
			const joiner = base === '' || /\s$/.test(base) ? '' : ' ';
			return {
				title: 'Options',
				items: [...draft.remaining]
					.sort((a, b) => Number(b.required === true) - Number(a.required === true))
					.filter((option) => option.name.startsWith(draft.prefix))
					.map((option) => ({
						label: `${option.name}:`,
						detail: `${option.required ? '' : '(optional) '}${option.description}`,
						line: `${base}${joiner}${option.name}: `,
					})),
			};
		}
		case 'value': {
			const { option, base, partial } = draft;
			const lower = partial.toLowerCase();
			const values = (() => {
				if (option.choices)
					return option.choices.map((choice) => ({ label: choice.name, value: String(choice.value) }));
				if (option.type === OptionType.Channel)
					return world.channels.map((channel) => ({ label: `#${channel.name}`, value: `#${channel.name}` }));
				if (option.type === OptionType.User)
					return [...world.users, ...world.otherUsers].map((user) => ({ label: `@${user.name}`, value: user.name }));
				if (option.type === OptionType.Boolean) return ['true', 'false'].map((value) => ({ label: value, value }));
				return undefined;
			})();
			if (!values) return option.autocomplete ? undefined : { items: [], title: '' };
			return {
				title: `${option.name}: ${option.description}`,
				items: values
					.filter((value) => value.label.toLowerCase().includes(lower) || value.value.toLowerCase().includes(lower))
					.map((value) => ({ label: value.label, detail: '', line: `${base}${value.value} ` })),
			};
		}
	}
}
