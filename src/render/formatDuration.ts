/** "3d 4h", "2h 5m", "42s": the two largest units, for uptimes and reset times. */
export function formatDuration(ms: number): string {
	const totalSeconds = Math.max(0, Math.floor(ms / 1000));
	const units: readonly [string, number][] = [
		['d', Math.floor(totalSeconds / 86_400)],
		['h', Math.floor(totalSeconds / 3600) % 24],
		['m', Math.floor(totalSeconds / 60) % 60],
		['s', totalSeconds % 60],
	];
	const firstNonZero = units.findIndex(([, value]) => value > 0);
	if (firstNonZero === -1) return '0s';
	return units
		.slice(firstNonZero, firstNonZero + 2)
		.filter(([, value]) => value > 0)
		.map(([unit, value]) => `${value}${unit}`)
		.join(' ');
}
