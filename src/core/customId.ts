import { UserFacingError } from './errors.js';

const SEPARATOR = ':';
const MAX_LENGTH = 100; // Discord's limit for custom_id

export interface ParsedCustomId {
	readonly prefix: string;
	readonly args: readonly string[];
}

export function buildCustomId(prefix: string, ...args: readonly string[]): string {
	if (args.some((arg) => arg.includes(SEPARATOR)))
		throw new Error(`custom_id argument contains "${SEPARATOR}": ${prefix}`);
	const id = [prefix, ...args].join(SEPARATOR);
	if (id.length > MAX_LENGTH) throw new Error(`custom_id too long (${id.length}): ${prefix}`);
	return id;
}

/** Custom ids come back from Discord as untrusted text: a forged or stale one is a friendly error. */
export function parseCustomId(customId: string): ParsedCustomId {
	const [prefix, ...args] = customId.split(SEPARATOR);
	if (!prefix || customId.length > MAX_LENGTH) throw new UserFacingError('This button is no longer valid.');
	return { prefix, args };
}
