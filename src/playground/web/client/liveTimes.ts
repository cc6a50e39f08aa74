import { formatTimestamp, type TimestampStyle } from '../../markup/index.js';

const STYLES = new Set<string>(['t', 'T', 'd', 'D', 'f', 'F', 'R']);

/** Keeps every relative `<t:…:R>` time on the page current ("in 5 minutes" becomes "in 4 minutes"). */
export function keepTimesLive(root: HTMLElement, everyMs = 1000): () => void {
	const timer = setInterval(() => {
		const now = new Date();
		for (const time of root.querySelectorAll<HTMLElement>('time.timestamp[data-style="R"]')) {
			const unix = Number(time.dataset['unix']);
			const style = time.dataset['style'] ?? '';
			if (!Number.isFinite(unix) || !STYLES.has(style)) continue;
			const text = formatTimestamp(unix, style as TimestampStyle, now);
			if (time.textContent !== text) time.textContent = text;
		}
	}, everyMs);
	return () => {
		clearInterval(timer);
	};
}
