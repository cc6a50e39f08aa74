import { FACT_CHECK_VERDICTS, QUIZ_DIFFICULTIES, QUIZ_KINDS, SCORE_UNITS, TOPIC_KINDS } from './types.js';
import type { KnowledgeFile } from './types.js';

// Checked by hand, not with zod: the bot loads no zod at run time (bench/SOAK.md: zod held 3 MB of its live heap).

type Path = readonly (string | number)[];

/** Where a value first differs from its shape, and how. */
export interface ShapeIssue {
	readonly path: Path;
	readonly message: string;
}

/** A check of unknown data against the type `T` (which `Infer` reads back); values are never transformed. */
interface Shape<T> {
	check(value: unknown, path: Path): ShapeIssue | undefined;
	readonly type?: T;
}

type Infer<S> = S extends Shape<infer T> ? T : never;

const shape = <T>(check: (value: unknown, path: Path) => ShapeIssue | undefined): Shape<T> => ({ check });

const issue = (path: Path, message: string): ShapeIssue => ({ path, message });

const string = (pattern?: RegExp) =>
	shape<string>((value, path) => {
		if (typeof value !== 'string') return issue(path, 'expected a string');
		return pattern && !pattern.test(value) ? issue(path, `expected a string matching ${String(pattern)}`) : undefined;
	});

/** A string with something in it besides spaces. */
const text = shape<string>((value, path) =>
	typeof value === 'string' && value.trim() !== '' ? undefined : issue(path, 'expected a non-empty string'),
);

const boolean = shape<boolean>((value, path) =>
	typeof value === 'boolean' ? undefined : issue(path, 'expected true or false'),
);

const number = (kind: 'any' | 'positive integer' | 'non-negative integer') =>
	shape<number>((value, path) => {
		if (typeof value !== 'number' || !Number.isFinite(value)) return issue(path, 'expected a number');
		if (kind === 'any') return undefined;
		const min = kind === 'positive integer' ? 1 : 0;
		return Number.isSafeInteger(value) && value >= min ? undefined : issue(path, `expected a ${kind}`);
	});

const literal = <const T extends string | number>(expected: T) =>
	shape<T>((value, path) => (value === expected ? undefined : issue(path, `expected ${JSON.stringify(expected)}`)));

const oneOf = <const T extends readonly string[]>(values: T) =>
	shape<T[number]>((value, path) =>
		typeof value === 'string' && values.includes(value)
			? undefined
			: issue(path, `expected one of ${values.map((option) => JSON.stringify(option)).join(', ')}`),
	);

const nullable = <T>(inner: Shape<T>) =>
	shape<T | null>((value, path) => (value === null ? undefined : inner.check(value, path)));

const array = <T>(item: Shape<T>, min = 0) =>
	shape<T[]>((value, path) => {
		if (!Array.isArray(value)) return issue(path, 'expected an array');
		if (value.length < min) return issue(path, `expected at least ${String(min)} items`);
		for (const [index, element] of value.entries()) {
			const found = item.check(element, [...path, index]);
			if (found) return found;
		}
		return undefined;
	});

/** A field an object may leave out. */
interface Optional<T> {
	readonly optional: Shape<T>;
}
const optional = <T>(inner: Shape<T>): Optional<T> => ({ optional: inner });

type Fields = Readonly<Record<string, Shape<unknown> | Optional<unknown>>>;
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional<unknown> ? never : K }[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;
type ObjectOf<F extends Fields> = { [K in RequiredKeys<F>]: Infer<F[K]> } & {
	[K in OptionalKeys<F>]?: F[K] extends Optional<infer T> ? T : never;
};

/** An object with exactly these fields: an unknown key is an issue too. */
const strictObject = <F extends Fields>(fields: F) =>
	shape<ObjectOf<F>>((value, path) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return issue(path, 'expected an object');
		const record = value as Record<string, unknown>;
		for (const [key, field] of Object.entries(fields)) {
			if ('optional' in field) {
				if (record[key] === undefined) continue;
				const found = field.optional.check(record[key], [...path, key]);
				if (found) return found;
			} else {
				const found = field.check(record[key], [...path, key]);
				if (found) return found;
			}
		}
		const unknown = Object.keys(record).find((key) => !Object.hasOwn(fields, key));
		return unknown === undefined ? undefined : issue([...path, unknown], 'is not a known field');
	});

const SourceRefSchema = strictObject({ key: text, locator: string(), label: text });

const ModelAttributeSchema = nullable(strictObject({ text, sources: array(SourceRefSchema, 1) }));

const TopicSchema = strictObject({
	id: string(/^[a-z0-9][a-z0-9.-]*$/),
	kind: oneOf(TOPIC_KINDS),
	title: text,
	aliases: array(text),
	summary: text,
	plain: nullable(text),
	questions: array(text),
	unstated: array(text),
	explanation: array(text, 1),
	facts: array(strictObject({ text, source: SourceRefSchema, later: boolean })),
	factChecks: array(
		strictObject({
			id: text,
			verdict: oneOf(FACT_CHECK_VERDICTS),
			claim: text,
			claimSource: SourceRefSchema,
			correction: text,
			source: SourceRefSchema,
		}),
	),
	related: array(text),
	source: SourceRefSchema,
	order: nullable(number('positive integer')),
	attributes: nullable(
		strictObject({
			whatItIs: ModelAttributeSchema,
			baseAndSize: ModelAttributeSchema,
			training: ModelAttributeSchema,
			strengths: ModelAttributeSchema,
			benchmarks: ModelAttributeSchema,
			cost: ModelAttributeSchema,
			availability: ModelAttributeSchema,
		}),
	),
	later: boolean,
	origin: strictObject({ file: text, heading: text }),
});

const QuizItemSchema = strictObject({
	id: text,
	topic: text,
	difficulty: oneOf(QUIZ_DIFFICULTIES),
	kind: oneOf(QUIZ_KINDS),
	question: text,
	options: array(text, 2),
	answer: number('non-negative integer'),
	explanation: text,
	source: SourceRefSchema,
});

const BenchmarkTableSchema = strictObject({
	benchmarks: array(strictObject({ id: text, name: text, topic: text, aliases: array(text) })),
	scores: array(
		strictObject({
			model: text,
			benchmark: text,
			metric: text,
			unit: oneOf(SCORE_UNITS),
			value: number('any'),
			source: SourceRefSchema,
			note: nullable(text),
		}),
	),
});

const FileSchema = strictObject({
	format: literal(1),
	version: string(/^[0-9a-f]{12}$/),
	sources: array(
		strictObject({
			key: text,
			title: text,
			short: text,
			author: nullable(text),
			date: nullable(text),
			url: nullable(text),
		}),
	),
	documents: array(strictObject({ file: text, title: text, author: text, date: text, source: nullable(text) })),
	topics: array(TopicSchema, 1),
	quiz: optional(array(QuizItemSchema)),
	benchmarks: optional(BenchmarkTableSchema),
}) satisfies Shape<KnowledgeFile>;

export type KnowledgeFileCheck =
	| { readonly success: true; readonly data: KnowledgeFile }
	| { readonly success: false; readonly error: { readonly message: string; readonly issues: readonly ShapeIssue[] } };

/** The mirror of `KnowledgeFile` (`satisfies` keeps the two in step); `safeParse` reports the first issue found. */
export const KnowledgeFileSchema = {
	safeParse(value: unknown): KnowledgeFileCheck {
		const found = FileSchema.check(value, []);
		if (found === undefined) return { success: true, data: value as KnowledgeFile };
		const where = found.path.map(String).join('.') || '(root)';
		return { success: false, error: { message: `${where}: ${found.message}`, issues: [found] } };
	},
};
