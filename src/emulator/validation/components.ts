import type { JsonObject } from '../json.js';
import { recordField } from '../json.js';
import type { Issues, Path } from './issues.js';

const ACTION_ROW = 1;
const BUTTON = 2;
const STRING_SELECT = 3;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_OR_PREMIUM_STYLES = new Set([5, 6]);

/** Classic (non components-v2) message components: at most 5 action rows. */
export function checkActionRows(issues: Issues, components: unknown, path: Path): void {
	const rows = issues.list(components, 0, 5, path);
	rows.forEach((row, rowIndex) => {
		const rowPath = [...path, rowIndex];
		if (row.type !== ACTION_ROW) {
			issues.add([...rowPath, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1}.');
			return;
		}
		const children = issues.list(row.components, 1, 5, [...rowPath, 'components']);
		const selects = children.filter((child) => typeof child.type === 'number' && SELECT_TYPES.has(child.type));
		if (selects.length > 0 && children.length > 1) {
			issues.add(
				[...rowPath, 'components'],
				'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
				'The specified component exceeds the maximum width',
			);
		}
		children.forEach((child, index) => {
			checkComponent(issues, child, [...rowPath, 'components', index]);
		});
	});
}

/** Components v2 (flag 32768): a tree of up to 40 components; check the interactive ones wherever they sit. */
export function checkComponentTree(issues: Issues, components: unknown, path: Path): void {
	let total = 0;
	const visit = (items: readonly JsonObject[], itemsPath: Path): void => {
		items.forEach((item, index) => {
			total += 1;
			const itemPath = [...itemsPath, index];
			checkComponent(issues, item, itemPath);
			if (Array.isArray(item.components))
				visit(issues.list(item.components, 0, 40, [...itemPath, 'components']), [...itemPath, 'components']);
			const accessory = recordField(item, 'accessory');
			if (accessory) checkComponent(issues, accessory, [...itemPath, 'accessory']);
		});
	};
	visit(issues.list(components, 0, 40, path), path);
	if (total > 40) issues.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 40 or fewer in length.');
}

function checkComponent(issues: Issues, component: JsonObject, path: Path): void {
	if (component.type === BUTTON) {
		issues.text(component.label, 80, [...path, 'label']);
		const isLink = typeof component.style === 'number' && LINK_OR_PREMIUM_STYLES.has(component.style);
		if (isLink) issues.text(component.url, 512, [...path, 'url']);
		else issues.text(component.custom_id, 100, [...path, 'custom_id'], true);
		return;
	}
	if (typeof component.type === 'number' && SELECT_TYPES.has(component.type)) {
		issues.text(component.custom_id, 100, [...path, 'custom_id'], true);
		issues.text(component.placeholder, 150, [...path, 'placeholder']);
		if (component.type === STRING_SELECT) {
			const options = issues.list(component.options, 1, 25, [...path, 'options']);
			options.forEach((option, index) => {
				const optionPath = [...path, 'options', index];
				issues.text(option.label, 100, [...optionPath, 'label'], true);
				issues.text(option.value, 100, [...optionPath, 'value'], true);
				issues.text(option.description, 100, [...optionPath, 'description']);
			});
		}
	}
}
