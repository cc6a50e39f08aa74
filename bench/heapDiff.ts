/**
 * `npx tsx bench/heapDiff.ts before.heapsnapshot after.heapsnapshot`: what grew between two heap snapshots of the
 * bot (the soak takes them with BENCH_SOAK_SNAPSHOT_EVERY), by constructor or node kind, biggest growth first.
 */
import { readFile } from 'node:fs/promises';

interface Snapshot {
	readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: unknown[] } };
	readonly nodes: number[];
	readonly strings: string[];
}

interface Group {
	count: number;
	bytes: number;
}

/** Self size and count per group: the constructor name for objects, the node type for everything else. */
async function groups(file: string): Promise<Map<string, Group>> {
	const data = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
	const fields = data.snapshot.meta.node_fields;
	const types = data.snapshot.meta.node_types[0] as string[];
	const width = fields.length;
	const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [
		number,
		number,
		number,
	];
	const result = new Map<string, Group>();
	for (let index = 0; index < data.nodes.length; index += width) {
		const type = types[data.nodes[index + typeAt] ?? 0] ?? '?';
		const name = data.strings[data.nodes[index + nameAt] ?? 0] ?? '?';
		const key = type === 'object' || type === 'closure' ? `${type} ${name}` : `(${type})`;
		const group = result.get(key) ?? { count: 0, bytes: 0 };
		group.count += 1;
		group.bytes += data.nodes[index + sizeAt] ?? 0;
		result.set(key, group);
	}
	return result;
}

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error('usage: tsx bench/heapDiff.ts before.heapsnapshot after.heapsnapshot');
const [before, after] = await Promise.all([groups(beforeFile), groups(afterFile)]);
const total = (map: Map<string, Group>) => [...map.values()].reduce((sum, group) => sum + group.bytes, 0);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
console.log(`heap: ${mb(total(before))} MB → ${mb(total(after))} MB`);
const rows = [...after.entries()]
	.map(([key, group]) => {
		const was = before.get(key) ?? { count: 0, bytes: 0 };
		return { key, count: group.count - was.count, bytes: group.bytes - was.bytes, now: group.bytes };
	})
	.sort((a, b) => b.bytes - a.bytes)
	.slice(0, 25);
for (const row of rows)
	console.log(
		`${mb(row.bytes).padStart(8)} MB  ${String(row.count).padStart(8)} objects  (${mb(row.now)} MB now)  ${row.key}`,
	);
