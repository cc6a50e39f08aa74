import { z } from 'zod';
import { FACT_CHECK_VERDICTS, QUIZ_DIFFICULTIES, QUIZ_KINDS, SCORE_UNITS, TOPIC_KINDS } from './types.js';
import type { KnowledgeFile } from './types.js';

const text = z.string().trim().min(1);

const SourceRefSchema = z.strictObject({ key: text, locator: z.string(), label: text });

const ModelAttributeSchema = z.strictObject({ text, sources: z.array(SourceRefSchema).min(1) }).nullable();

const TopicSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
	kind: z.enum(TOPIC_KINDS),
	title: text,
	aliases: z.array(text),
	summary: text,
	plain: text.nullable(),
	questions: z.array(text),
	explanation: z.array(text).min(1),
	facts: z.array(z.strictObject({ text, source: SourceRefSchema, later: z.boolean() })),
	factChecks: z.array(
		z.strictObject({
			id: text,
			verdict: z.enum(FACT_CHECK_VERDICTS),
			claim: text,
			claimSource: SourceRefSchema,
			correction: text,
			source: SourceRefSchema,
		}),
	),
	related: z.array(text),
	source: SourceRefSchema,
	order: z.number().int().positive().nullable(),
	attributes: z
		.strictObject({
			whatItIs: ModelAttributeSchema,
			baseAndSize: ModelAttributeSchema,
			training: ModelAttributeSchema,
			strengths: ModelAttributeSchema,
			benchmarks: ModelAttributeSchema,
			cost: ModelAttributeSchema,
			availability: ModelAttributeSchema,
		})
		.nullable(),
	later: z.boolean(),
	origin: z.strictObject({ file: text, heading: text }),
});

const QuizItemSchema = z.strictObject({
	id: text,
	topic: text,
	difficulty: z.enum(QUIZ_DIFFICULTIES),
	kind: z.enum(QUIZ_KINDS),
	question: text,
	options: z.array(text).min(2),
	answer: z.number().int().nonnegative(),
	explanation: text,
	source: SourceRefSchema,
});

const BenchmarkTableSchema = z.strictObject({
	benchmarks: z.array(z.strictObject({ id: text, name: text, topic: text, aliases: z.array(text) })),
	scores: z.array(
		z.strictObject({
			model: text,
			benchmark: text,
			metric: text,
			unit: z.enum(SCORE_UNITS),
			value: z.number(),
			source: SourceRefSchema,
			note: text.nullable(),
		}),
	),
});

/** The zod mirror of `KnowledgeFile`; `satisfies` keeps the two in step. */
export const KnowledgeFileSchema = z.strictObject({
	format: z.literal(1),
	version: z.string().regex(/^[0-9a-f]{12}$/),
	sources: z.array(
		z.strictObject({
			key: text,
			title: text,
			short: text,
			author: text.nullable(),
			date: text.nullable(),
			url: text.nullable(),
		}),
	),
	documents: z.array(z.strictObject({ file: text, title: text, author: text, date: text, source: text.nullable() })),
	topics: z.array(TopicSchema).min(1),
	quiz: z.array(QuizItemSchema).optional(),
	benchmarks: BenchmarkTableSchema.optional(),
}) satisfies z.ZodType<KnowledgeFile>;
