export type { MarkupBlock, MarkupInline, TimestampStyle } from './types.js';
export { parseDiscordMarkup } from './parseDiscordMarkup.js';
export { formatTimestamp } from './formatTimestamp.js';
export { mentionLabel, type MentionNames } from './mentionNames.js';
