import { z } from 'zod';
import { SCORE_UNITS } from '../types.js';

const text = z.string().trim().min(1, 'must not be empty');

const BenchmarkEntrySchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lowercase letters, digits and hyphens'),
	name: text,
	/** The /explain topic (kind benchmark) that describes it. */
	topic: text,
	aliases: z.array(text).default([]),
});

/** One row of knowledge/benchmarks.yaml: one benchmark under one metric from one source, a figure per model. */
const ScoreRowSchema = z.strictObject({
	benchmark: text,
	metric: text,
	unit: z.enum(SCORE_UNITS),
	source: text,
	values: z
		.record(z.string(), z.number())
		.refine((values) => Object.keys(values).length > 0, 'list at least one model'),
	/** Model id → caveat shown with that model's figure. */
	notes: z.record(z.string(), text).default({}),
});

export const BenchmarkTableFileSchema = z.strictObject({
	benchmarks: z.array(BenchmarkEntrySchema).min(1),
	scores: z.array(ScoreRowSchema).min(1),
});

export type BenchmarkTableFile = z.output<typeof BenchmarkTableFileSchema>;
export type BenchmarkEntry = BenchmarkTableFile['benchmarks'][number];
export type ScoreRow = BenchmarkTableFile['scores'][number];
