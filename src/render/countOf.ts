/** "1 reasoning token", "1,234 reasoning tokens": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
	return `${withThousands(count)} ${count === 1 ? singular : plural}`;
}

/**
 * "1,234,567", as toLocaleString('en-US') writes a count, without the locale: ICU's number formatting maps about
 * 7 MB of data into a bot that only ever writes counts (bench/SOAK.md).
 */
export function withThousands(count: number): string {
	const [whole = '', fraction] = String(count).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
