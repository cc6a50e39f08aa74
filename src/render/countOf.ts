/** "1 reasoning token", "1,234 reasoning tokens": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
	return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
