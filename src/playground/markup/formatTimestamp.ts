import type { TimestampStyle } from './types.js';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Relative units, largest first; each applies once the distance reaches it. */
const UNITS: readonly { readonly name: string; readonly seconds: number }[] = [
	{ name: 'year', seconds: 365 * 86_400 },
	{ name: 'month', seconds: 30 * 86_400 },
	{ name: 'day', seconds: 86_400 },
	{ name: 'hour', seconds: 3_600 },
	{ name: 'minute', seconds: 60 },
	{ name: 'second', seconds: 1 },
];

/**
 * A `<t:UNIX:STYLE>` timestamp as Discord's client shows it, in UTC (built by hand, not Intl, so every
 * browser and Node build prints the same): 'f' → "2 December 2026 04:33", 'R' → "in 5 minutes".
 */
export function formatTimestamp(unixSeconds: number, style: TimestampStyle, now: Date): string {
	const date = new Date(unixSeconds * 1000);
	const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
	const longDate = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
	switch (style) {
		case 't':
			return time;
		case 'T':
			return `${time}:${pad(date.getUTCSeconds())}`;
		case 'd':
			return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
		case 'D':
			return longDate;
		case 'f':
			return `${longDate} ${time}`;
		case 'F':
			return `${WEEKDAYS[date.getUTCDay()] ?? ''}, ${longDate} ${time}`;
		case 'R':
			return relative(unixSeconds - now.getTime() / 1000);
	}
}

function relative(deltaSeconds: number): string {
	const distance = Math.abs(deltaSeconds);
	if (distance < 1) return 'now';
	const unit = UNITS.find((candidate) => distance >= candidate.seconds) ?? { name: 'second', seconds: 1 };
	const count = Math.floor(distance / unit.seconds);
	const amount = `${count} ${unit.name}${count === 1 ? '' : 's'}`;
	return deltaSeconds > 0 ? `in ${amount}` : `${amount} ago`;
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
