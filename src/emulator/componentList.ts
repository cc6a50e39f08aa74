import type { JsonObject } from './json.js';
import { isRecord, recordField, recordsField } from './json.js';
import type { MessageContent } from './types.js';

/** One interactive or display component of a message, flattened out of rows, containers and sections. */
export interface ListedComponent {
	readonly type: number;
	readonly customId: string | undefined;
	readonly label: string | undefined;
	readonly disabled: boolean;
	/** Values of a string select's options. */
	readonly optionValues: readonly string[];
	readonly raw: JsonObject;
}

/** Every component of a message or reply, depth first, e.g. to find the button to click in a test. */
export function listComponents(message: MessageContent): ListedComponent[] {
	const listed: ListedComponent[] = [];
	const visit = (items: readonly JsonObject[]): void => {
		for (const item of items) {
			listed.push({
				type: typeof item.type === 'number' ? item.type : 0,
				customId: typeof item.custom_id === 'string' ? item.custom_id : undefined,
				label: typeof item.label === 'string' ? item.label : undefined,
				disabled: item.disabled === true,
				optionValues: recordsField(item, 'options').flatMap((option) =>
					typeof option.value === 'string' ? [option.value] : [],
				),
				raw: item,
			});
			visit(recordsField(item, 'components'));
			const accessory = recordField(item, 'accessory');
			if (accessory) visit([accessory]);
		}
	};
	const roots: readonly unknown[] = message.components;
	visit(roots.filter(isRecord));
	return listed;
}
