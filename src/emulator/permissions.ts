export const Permission = {
	ManageGuild: 1n << 5n,
	AddReactions: 1n << 6n,
	Administrator: 1n << 3n,
	ViewChannel: 1n << 10n,
	SendMessages: 1n << 11n,
	ManageMessages: 1n << 13n,
	EmbedLinks: 1n << 14n,
	AttachFiles: 1n << 15n,
	ReadMessageHistory: 1n << 16n,
	UseExternalEmojis: 1n << 18n,
	UseApplicationCommands: 1n << 31n,
	SendMessagesInThreads: 1n << 38n,
} as const;

export const ALL_PERMISSIONS = (1n << 51n) - 1n;

export const MEMBER_PERMISSIONS =
	Permission.ViewChannel |
	Permission.SendMessages |
	Permission.EmbedLinks |
	Permission.AttachFiles |
	Permission.ReadMessageHistory |
	Permission.AddReactions |
	Permission.UseApplicationCommands |
	Permission.SendMessagesInThreads;

export const BOT_PERMISSIONS = MEMBER_PERMISSIONS | Permission.ManageMessages | Permission.UseExternalEmojis;

export function parsePermissions(value: bigint | string): bigint {
	return typeof value === 'bigint' ? value : BigInt(value);
}
