import type { ModalForm } from '../protocol.js';
import { el } from './dom.js';

/** A modal dialog; resolves with the fields, or undefined when cancelled. */
export function openModal(form: ModalForm): Promise<Record<string, string> | undefined> {
	return new Promise((resolve) => {
		const fields = form.inputs.map((input) => {
			const attributes = {
				id: `modal-${input.customId}`,
				name: input.customId,
				required: input.required,
				placeholder: input.placeholder,
				minlength: input.minLength === undefined ? undefined : String(input.minLength),
				maxlength: input.maxLength === undefined ? undefined : String(input.maxLength),
			};
			const control =
				input.style === 2 ? el('textarea', { ...attributes, rows: '4' }) : el('input', { ...attributes, type: 'text' });
			control.value = input.value ?? '';
			return { input, control };
		});
		const dialog = el('dialog', { className: 'modal', 'aria-label': form.title });
		const close = (result: Record<string, string> | undefined) => {
			dialog.close();
			dialog.remove();
			resolve(result);
		};
		const formElement = el(
			'form',
			{ method: 'dialog' },
			el('h2', { className: 'modal-title' }, form.title),
			...fields.map(({ input, control }) =>
				el(
					'label',
					{ className: 'modal-field', for: control.id },
					el('span', {}, input.label, input.required ? el('span', { className: 'required' }, ' *') : null),
					control,
				),
			),
			el(
				'div',
				{ className: 'modal-actions' },
				el(
					'button',
					{
						type: 'button',
						className: 'button link-like',
						onclick: () => {
							close(undefined);
						},
					},
					'Cancel',
				),
				el('button', { type: 'submit', className: 'button primary' }, 'Submit'),
			),
		);
		formElement.addEventListener('submit', (event) => {
			event.preventDefault();
			close(Object.fromEntries(fields.map(({ input, control }) => [input.customId, control.value])));
		});
		dialog.addEventListener('cancel', () => {
			close(undefined);
		});
		dialog.append(formElement);
		document.body.append(dialog);
		dialog.showModal();
	});
}
