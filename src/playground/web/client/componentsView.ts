import type { WireComponent } from '../protocol.js';
import { el } from './dom.js';

export interface ComponentActions {
	press(customId: string): void;
	choose(customId: string, values: readonly string[]): void;
}

const BUTTON = 2;
const STRING_SELECT = 3;
const BUTTON_STYLES: Readonly<Record<number, string>> = {
	1: 'primary',
	2: 'secondary',
	3: 'success',
	4: 'danger',
	5: 'link',
};

/** Action rows of buttons and string selects; a press or a choice becomes an interaction. */
export function renderComponents(rows: readonly WireComponent[], actions: ComponentActions): HTMLElement | undefined {
	const rendered = rows
		.filter((row) => row.type === 1 && row.components)
		.map((row) =>
			el(
				'div',
				{ className: 'action-row' },
				...(row.components ?? []).map((component) => renderComponent(component, actions)),
			),
		);
	return rendered.length > 0 ? el('div', { className: 'components' }, ...rendered) : undefined;
}

function renderComponent(component: WireComponent, actions: ComponentActions): HTMLElement | undefined {
	if (component.type === BUTTON) {
		const style = BUTTON_STYLES[component.style ?? 2] ?? 'secondary';
		const label = [component.emoji?.name ?? '', component.label ?? ''].filter(Boolean).join(' ');
		if (style === 'link') {
			return el(
				'a',
				{ className: 'button link', href: component.url, target: '_blank', rel: 'noopener noreferrer' },
				label,
				' ↗',
			);
		}
		const customId = component.custom_id;
		return el(
			'button',
			{
				className: `button ${style}`,
				type: 'button',
				disabled: component.disabled === true || customId === undefined,
				onclick: () => {
					if (customId !== undefined) actions.press(customId);
				},
			},
			label,
		);
	}
	if (component.type === STRING_SELECT && component.custom_id !== undefined) {
		const customId = component.custom_id;
		const select = el(
			'select',
			{
				className: 'select-menu',
				disabled: component.disabled === true,
				'aria-label': component.placeholder ?? 'Choose',
			},
			el('option', { value: '', disabled: true, selected: true }, component.placeholder ?? 'Make a selection'),
			...(component.options ?? []).map((option) =>
				el('option', { value: option.value, title: option.description }, option.label),
			),
		);
		select.addEventListener('change', () => {
			if (select.value !== '') actions.choose(customId, [select.value]);
		});
		return select;
	}
	return undefined;
}
