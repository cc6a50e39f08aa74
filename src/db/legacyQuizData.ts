import { z } from 'zod';

/**
 * The quiz state as the keyv store kept it before the learner database (namespaces in keyvImport.ts). Imported only
 * when the keyv store holds such entries, so zod is not loaded at run time otherwise.
 */

const answer = z.object({ name: z.string(), option: z.number().int(), correct: z.boolean(), at: z.number() });

export const LegacyRound = z.object({
	id: z.string().min(1),
	guildId: z.string().min(1),
	channelId: z.string(),
	messageId: z.string().nullable(),
	itemId: z.string(),
	askedBy: z.string().nullable(),
	openedAt: z.number(),
	endsAt: z.number(),
	status: z.enum(['open', 'revealed']),
	answers: z.record(z.string(), answer),
});

const tally = z.object({ answered: z.number().int().nonnegative(), correct: z.number().int().nonnegative() });

/** One guild's scores, by user id. */
export const LegacyScores = z.record(
	z.string(),
	z.object({
		name: z.string(),
		points: z.number().int(),
		answered: z.number().int().nonnegative(),
		correct: z.number().int().nonnegative(),
		streak: z.number().int().nonnegative(),
		bestStreak: z.number().int().nonnegative(),
		byTopic: z.record(z.string(), tally),
	}),
);

/** One learner's Leitner state; the keyv key is `guildId:learner`. */
export const LegacyLeitner = z.object({
	cards: z.record(z.string(), z.object({ box: z.number().int(), lastCorrect: z.boolean(), lastAt: z.number() })),
	pass: z.array(z.string()),
});

export const LegacySchedule = z.object({
	guildId: z.string().min(1),
	channelId: z.string(),
	everyMs: z.number().positive(),
	anchorAt: z.number(),
	lastWindow: z.number().int().nonnegative(),
	lastPostedAt: z.number().nullable(),
	paused: z.object({ reason: z.string(), at: z.number() }).nullable(),
	startedBy: z.string(),
});
