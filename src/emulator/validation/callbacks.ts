import type { JsonObject } from '../json.js';
import { isRecord, recordField } from '../json.js';
import type { AutocompleteChoice, ModalData } from '../types.js';
import { Issues } from './issues.js';
import type { Path } from './issues.js';

const TEXT_INPUT = 4;
const LABEL = 18;

function isChoice(value: unknown): value is AutocompleteChoice {
	return (
		isRecord(value) &&
		typeof value.name === 'string' &&
		(typeof value.value === 'string' || typeof value.value === 'number')
	);
}

/** Callback type 8: `data.choices`, at most 25, name 1-100 and string values up to 100 characters. */
export function parseAutocompleteChoices(data: JsonObject): AutocompleteChoice[] {
	const issues = new Issues();
	const path: Path = ['data', 'choices'];
	const choices = issues.list(data.choices, 0, 25, path);
	choices.forEach((choice, index) => {
		issues.text(choice.name, 100, [...path, index, 'name'], true);
		if (typeof choice.value === 'string') issues.text(choice.value, 100, [...path, index, 'value']);
		else if (typeof choice.value !== 'number')
			issues.add([...path, index, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
	});
	issues.throwIfAny();
	const checked: readonly unknown[] = choices;
	return checked.filter(isChoice);
}

/** Callback type 9: title up to 45, custom_id up to 100, 1-5 rows or labels of text inputs. */
export function parseModal(data: JsonObject): ModalData {
	const issues = new Issues();
	issues.text(data.title, 45, ['data', 'title'], true);
	issues.text(data.custom_id, 100, ['data', 'custom_id'], true);
	const rows = issues.list(data.components, 1, 5, ['data', 'components']);
	rows.forEach((row, index) => {
		const path: Path = ['data', 'components', index];
		if (row.type === LABEL) {
			issues.text(row.label, 45, [...path, 'label'], true);
			issues.text(row.description, 100, [...path, 'description']);
			const component = recordField(row, 'component');
			if (component?.type === TEXT_INPUT) checkTextInput(issues, component, [...path, 'component'], false);
			return;
		}
		const children = issues.list(row.components, 0, 5, [...path, 'components']);
		children.forEach((child, childIndex) => {
			if (child.type === TEXT_INPUT) checkTextInput(issues, child, [...path, 'components', childIndex], true);
		});
	});
	issues.throwIfAny();
	return {
		customId: typeof data.custom_id === 'string' ? data.custom_id : '',
		title: typeof data.title === 'string' ? data.title : '',
		components: rows,
	};
}

function checkTextInput(issues: Issues, input: JsonObject, path: Path, needsLabel: boolean): void {
	issues.text(input.custom_id, 100, [...path, 'custom_id'], true);
	issues.text(input.label, 45, [...path, 'label'], needsLabel);
	issues.text(input.placeholder, 100, [...path, 'placeholder']);
	issues.text(input.value, 4000, [...path, 'value']);
}
