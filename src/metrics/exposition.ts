import type { HistogramSnapshot } from './histogram.js';

export type Labels = Readonly<Record<string, string>>;

export type MetricFamily =
	| {
			readonly name: string;
			readonly help: string;
			readonly type: 'counter' | 'gauge';
			readonly samples: readonly { readonly labels: Labels; readonly value: number }[];
	  }
	| {
			readonly name: string;
			readonly help: string;
			readonly type: 'histogram';
			readonly samples: readonly { readonly labels: Labels; readonly value: HistogramSnapshot }[];
	  };

/** Prometheus text exposition format 0.0.4. */
export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Renders families as Prometheus text: HELP and TYPE lines, then samples; histograms as cumulative buckets. */
export function formatMetrics(families: readonly MetricFamily[]): string {
	const lines: string[] = [];
	for (const family of families) {
		lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
		if (family.type === 'histogram') {
			for (const { labels, value } of family.samples) {
				for (const bucket of value.buckets)
					lines.push(sample(`${family.name}_bucket`, { ...labels, le: formatNumber(bucket.le) }, bucket.count));
				lines.push(sample(`${family.name}_bucket`, { ...labels, le: '+Inf' }, value.count));
				lines.push(
					sample(`${family.name}_sum`, labels, value.sum),
					sample(`${family.name}_count`, labels, value.count),
				);
			}
		} else {
			for (const { labels, value } of family.samples) lines.push(sample(family.name, labels, value));
		}
	}
	return `${lines.join('\n')}\n`;
}

function sample(name: string, labels: Labels, value: number): string {
	const pairs = Object.entries(labels).map(([key, raw]) => `${key}="${escapeLabel(raw)}"`);
	return `${name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${formatNumber(value)}`;
}

function formatNumber(value: number): string {
	if (Number.isNaN(value)) return 'NaN';
	if (value === Infinity) return '+Inf';
	if (value === -Infinity) return '-Inf';
	return String(value);
}

function escapeLabel(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
