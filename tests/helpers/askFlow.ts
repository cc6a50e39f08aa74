import {
	listComponents,
	type EmulatorUser,
	type InteractionHandle,
	type RecordedMessage,
} from '../../src/emulator/index.js';

/** A message is final once it is neither the loading placeholder nor a live progress line. */
export function isFinal(message: RecordedMessage | undefined): message is RecordedMessage {
	return message !== undefined && !message.loading && !/Thinking…|Writing…/.test(message.content);
}

/** Starts /ask and waits for its final state (answer, error or limit message). */
export async function askAndWait(user: EmulatorUser, question: string, timeoutMs = 15_000): Promise<InteractionHandle> {
	return user.startSlash('ask', { question }).waitFor((handle) => isFinal(handle.original), timeoutMs);
}

export function finalOf(handle: InteractionHandle): RecordedMessage {
	const message = handle.original;
	if (!isFinal(message)) throw new Error('no final message yet');
	return message;
}

/** The custom id of the button with this label on the message. */
export function buttonId(message: RecordedMessage, label: string): string {
	const id = listComponents(message).find((component) => component.label === label)?.customId;
	if (!id) throw new Error(`no "${label}" button on: ${message.content.slice(0, 80)}`);
	return id;
}
