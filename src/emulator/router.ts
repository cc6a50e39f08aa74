import { DiscordErrors } from './errors.js';
import type { JsonObject } from './json.js';
import type { UploadedFile } from './multipart.js';
import type { FaultRoute } from './types.js';

export interface RouteRequest {
	readonly method: string;
	readonly query: URLSearchParams;
	/** The parsed JSON body; `{}` for none. Arrays (bulk command overwrite) stay arrays. */
	readonly json: unknown;
	/** `json` when it is an object, else `{}`. */
	readonly body: JsonObject;
	/** The `files[n]` parts of a multipart body (none for JSON). */
	readonly files: readonly UploadedFile[];
	param(name: string): string;
}

export interface RouteResult {
	readonly status: number;
	readonly body?: unknown;
}

export interface Route {
	readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** e.g. `/channels/:channel/messages/:message`; `:name` captures one decoded segment. */
	readonly path: string;
	/** Needs `Authorization: Bot <token>` (interaction callbacks and webhooks do not). */
	readonly auth: boolean;
	readonly fault?: FaultRoute;
	/** Param that scopes the rate-limit bucket, as Discord's major parameters do. */
	readonly majorParam?: string;
	handle(request: RouteRequest): RouteResult;
}

export interface RouteMatch {
	readonly route: Route;
	readonly params: ReadonlyMap<string, string>;
}

interface CompiledRoute {
	readonly route: Route;
	readonly segments: readonly string[];
}

/** Matches method + decoded path segments; routes are grouped by method and segment count. */
export class Router {
	readonly #groups = new Map<string, CompiledRoute[]>();

	constructor(routes: readonly Route[]) {
		for (const route of routes) {
			const segments = route.path.split('/').filter((segment) => segment.length > 0);
			const key = `${route.method} ${segments.length}`;
			const group = this.#groups.get(key) ?? [];
			group.push({ route, segments });
			this.#groups.set(key, group);
		}
	}

	match(method: string, segments: readonly string[]): RouteMatch | undefined {
		const group = this.#groups.get(`${method} ${segments.length}`);
		if (!group) return undefined;
		for (const candidate of group) {
			const params = matchSegments(candidate.segments, segments);
			if (params) return { route: candidate.route, params };
		}
		return undefined;
	}
}

function matchSegments(pattern: readonly string[], segments: readonly string[]): Map<string, string> | undefined {
	const params = new Map<string, string>();
	for (let index = 0; index < pattern.length; index += 1) {
		const expected = pattern[index] ?? '';
		const actual = segments[index] ?? '';
		if (expected.startsWith(':')) params.set(expected.slice(1), actual);
		else if (expected !== actual) return undefined;
	}
	return params;
}

export function paramGetter(params: ReadonlyMap<string, string>): (name: string) => string {
	return (name) => {
		const value = params.get(name);
		if (value === undefined) throw DiscordErrors.notFound();
		return value;
	};
}
