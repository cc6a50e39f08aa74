/** One validation problem, located in an input file. */
export interface BuildIssue {
	readonly file: string;
	readonly line: number;
	readonly message: string;
}

export function formatIssue(issue: BuildIssue): string {
	return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Thrown by the builder with every problem found, one "file:line: message" per line. */
export class KnowledgeBuildError extends Error {
	public override readonly name = 'KnowledgeBuildError';

	public constructor(public readonly issues: readonly BuildIssue[]) {
		super(issues.map(formatIssue).join('\n'));
	}
}

export function throwIfIssues(issues: readonly BuildIssue[]): void {
	if (issues.length > 0) throw new KnowledgeBuildError(issues);
}
