import pg from 'pg';

/**
 * PostgreSQL-backed tests run when POSTGRES_URL is set (a database they may create schemas in, e.g.
 * postgres://postgres@127.0.0.1:5432/test). With REQUIRE_POSTGRES=1 (CI) a missing POSTGRES_URL is an error, and an
 * unreachable server fails the tests that use it instead of skipping them.
 */
export function postgresUrlForTests(): string | undefined {
	const url = process.env['POSTGRES_URL'];
	if (!url && process.env['REQUIRE_POSTGRES'] === '1') {
		throw new Error('REQUIRE_POSTGRES=1 but POSTGRES_URL is not set');
	}
	return url || undefined;
}

export interface PostgresSchema {
	/** A DATABASE_URL whose connections work in this schema only. */
	readonly url: string;
	readonly name: string;
	drop(): Promise<void>;
}

/** A schema of the test's own, so test files and parallel runs never see each other's tables. */
export async function freshPostgresSchema(baseUrl: string, label: string): Promise<PostgresSchema> {
	const name = `t_${label.replace(/\W/g, '_')}_${String(process.pid)}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
	await withClient(baseUrl, (client) => client.query(`CREATE SCHEMA "${name}"`));
	const url = new URL(baseUrl);
	url.searchParams.set('options', `-c search_path=${name}`);
	return {
		url: url.toString(),
		name,
		drop: async () => {
			await withClient(baseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`));
		},
	};
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}
