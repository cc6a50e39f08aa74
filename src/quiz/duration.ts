const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

export const MAX_STUDY_INTERVAL_MS = 24 * UNIT_MS.h;

/** "30m", "2h", "1h30m", "45s" → milliseconds; undefined when it is not such a duration or is zero. */
export function parseDuration(text: string): number | undefined {
	const match = DURATION.exec(text.trim().toLowerCase().replace(/\s+/g, ''));
	if (!match || match[0] === '') return undefined;
	const [, hours, minutes, seconds] = match;
	const ms = Number(hours ?? 0) * UNIT_MS.h + Number(minutes ?? 0) * UNIT_MS.m + Number(seconds ?? 0) * UNIT_MS.s;
	return ms > 0 ? ms : undefined;
}

/** 5_400_000 → "1h30m"; the inverse of parseDuration for whole seconds. */
export function formatDuration(ms: number): string {
	let rest = Math.round(ms / 1000);
	const parts: string[] = [];
	for (const [unit, size] of [
		['h', 3600],
		['m', 60],
		['s', 1],
	] as const) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		if (count > 0) parts.push(`${count}${unit}`);
	}
	return parts.join('') || '0s';
}
