import type { MarkupInline } from './types.js';

/** Looks up display names for mentions; undefined when the id is unknown. */
export interface MentionNames {
	user(id: string): string | undefined;
	channel(id: string): string | undefined;
	role(id: string): string | undefined;
}

/** A mention as Discord's client labels it, `#quiz` or `@you`: a name only, never a ping. */
export function mentionLabel(mention: Extract<MarkupInline, { kind: 'mention' }>, names: MentionNames): string {
	switch (mention.target) {
		case 'user':
			return `@${names.user(mention.id) ?? 'unknown-user'}`;
		case 'channel':
			return `#${names.channel(mention.id) ?? 'unknown-channel'}`;
		case 'role':
			return `@${names.role(mention.id) ?? 'unknown-role'}`;
	}
}
