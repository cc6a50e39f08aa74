import { z } from 'zod';
import { FACT_CHECK_VERDICTS } from '../types.js';

const text = z.string().trim().min(1, 'must not be empty');
const sourceList = z.union([text.transform((one) => [one]), z.array(text).min(1, 'needs at least one source')]);

const attribute = z
	.strictObject(
		{ text, source: sourceList },
		{
			error: (issue) => (issue.input === undefined ? 'missing: write null if the sources do not state it' : undefined),
		},
	)
	.nullable();

export const OVERLAY_KINDS = ['stage', 'model', 'concept', 'benchmark', 'resource', 'article-section'] as const;

const OverlayTopicSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lowercase letters, digits and hyphens'),
	kind: z.enum(OVERLAY_KINDS),
	title: text,
	/** Section heading in knowledge/sources/*.md; defaults to the title. */
	heading: text.optional(),
	order: z.number().int().positive().optional(),
	aliases: z.array(text).default([]),
	summary: text,
	/** One line in plain words ("like I'm five"). */
	plain: text.optional(),
	/** 3-8 curated phrasings of questions the topic answers, as students type them. */
	questions: z.array(text).default([]),
	/**
	 * What students ask of this topic that no source states: a reason or a figure, written as what is left open
	 * ("why DeepSeek-V3-Base is fine-tuned again from scratch in step 4"). /ask says so rather than guess.
	 */
	unstated: z.array(text).default([]),
	source: text,
	facts: z.array(z.strictObject({ text, source: text, later: z.boolean().default(false) })).default([]),
	related: z.array(text).default([]),
	later: z.boolean().default(false),
	// Every aspect must be written out: null says "not stated in the sources" on purpose.
	attributes: z
		.strictObject({
			whatItIs: attribute,
			baseAndSize: attribute,
			training: attribute,
			strengths: attribute,
			benchmarks: attribute,
			cost: attribute,
			availability: attribute,
		})
		.optional(),
});

const OverlaySourceSchema = z.strictObject({
	title: text,
	short: text,
	author: text.nullable(),
	date: text.nullable(),
	url: z.url().nullable(),
});

const OverlayFactCheckSchema = z.strictObject({
	id: text,
	verdict: z.enum(FACT_CHECK_VERDICTS),
	topics: z.array(text).min(1),
	claim: text,
	claimSource: text,
	correction: text,
	source: text,
});

export const OverlaySchema = z.strictObject({
	sources: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), OverlaySourceSchema),
	topics: z.array(OverlayTopicSchema).min(1),
	factChecks: z.array(OverlayFactCheckSchema).default([]),
});

export type Overlay = z.output<typeof OverlaySchema>;
export type OverlayTopic = Overlay['topics'][number];
export type OverlaySource = z.output<typeof OverlaySourceSchema>;
