import { ActionRowBuilder, ButtonStyle, type ButtonBuilder } from 'discord.js';
import { buildCustomId } from '../core/customId.js';
import type { StoredAnswer } from '../reasoning/answerCache.js';
import { ASK_IDS, button } from './askAnswer.js';
import { splitMessage } from './splitMessage.js';
import { countOf } from './countOf.js';

const PAGE_ROOM = 1900;

export interface TracePage {
	readonly content: string;
	readonly components: ActionRowBuilder<ButtonBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

/** One page of the reasoning trace (shown ephemerally), or the note that the provider returned none. */
export function renderTracePage(answer: StoredAnswer, requestedPage: number): TracePage {
	const pages = answer.trace.trim() === '' ? [] : splitMessage(answer.trace, PAGE_ROOM);
	if (pages.length === 0) {
		const tokens = answer.usage?.reasoningTokens ?? 0;
		return {
			content:
				`No reasoning trace: \`${answer.model}\` did not return one (OpenAI's o-series keep it hidden). ` +
				`It used ${countOf(tokens, 'reasoning token')}.`,
			components: [],
			allowedMentions: { parse: [] },
		};
	}
	const page = Math.min(Math.max(requestedPage, 0), pages.length - 1);
	const header = `**Reasoning** (page ${page + 1}/${pages.length})\n`;
	const components =
		pages.length === 1
			? []
			: [
					new ActionRowBuilder<ButtonBuilder>().addComponents(
						button(
							buildCustomId(ASK_IDS.tracePage, answer.id, String(page - 1)),
							'Previous',
							ButtonStyle.Secondary,
							page === 0,
						),
						button(
							buildCustomId(ASK_IDS.tracePage, answer.id, String(page + 1)),
							'Next',
							ButtonStyle.Secondary,
							page === pages.length - 1,
						),
					),
				];
	return { content: `${header}${pages[page] ?? ''}`, components, allowedMentions: { parse: [] } };
}
