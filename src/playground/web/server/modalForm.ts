import type { ModalData } from '../../../emulator/index.js';
import type { ModalForm, ModalInput } from '../protocol.js';

type Json = Readonly<Record<string, unknown>>;

/** A modal's text inputs, found in action rows (classic modals) or inside label components (type 18). */
export function toModalForm(modal: ModalData, messageId: string | undefined): ModalForm {
	const inputs: ModalInput[] = [];
	for (const row of modal.components) {
		const outerLabel = text(row, 'label');
		const children: readonly unknown[] = Array.isArray(row['components']) ? row['components'] : [row['component']];
		for (const child of children) {
			if (!isJson(child) || child['type'] !== 4) continue;
			const customId = text(child, 'custom_id');
			if (customId === undefined) continue;
			inputs.push({
				customId,
				label: outerLabel ?? text(child, 'label') ?? customId,
				style: child['style'] === 2 ? 2 : 1,
				required: child['required'] !== false,
				...optional('placeholder', text(child, 'placeholder')),
				...optional('value', text(child, 'value')),
				...optional('minLength', whole(child, 'min_length')),
				...optional('maxLength', whole(child, 'max_length')),
			});
		}
	}
	return {
		customId: modal.customId,
		title: modal.title,
		inputs,
		...(messageId === undefined ? {} : { messageId }),
	};
}

function isJson(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(object: Json, key: string): string | undefined {
	const value = object[key];
	return typeof value === 'string' ? value : undefined;
}

function whole(object: Json, key: string): number | undefined {
	const value = object[key];
	return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
	return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
