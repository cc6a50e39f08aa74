/** Start-up failures from the network, each as one line naming the variable to fix; undefined when not one of them. */

const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_SOCKET',
]);

/** The health server's listen(): port taken, address not on this host, name that does not resolve, no privilege. */
export function describeListenFailure(error: unknown, host: string, port: number): string | undefined {
	switch (errorCode(error) ?? '') {
		case 'EADDRINUSE':
			return `HEALTH_PORT: port ${port} on ${host} is already in use; pick another port or stop what listens there.`;
		case 'EACCES':
			return `HEALTH_PORT: port ${port} needs privileges this process does not have; pick a port above 1023.`;
		case 'EADDRNOTAVAIL':
			return `HEALTH_HOST: ${host} is not an address of this host; use 127.0.0.1, 0.0.0.0 or one of its own addresses.`;
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `HEALTH_HOST: ${host} does not resolve to an address; use an IP address or a name this host resolves.`;
		default:
			return undefined;
	}
}

/** Logging in: Discord's REST API (GET /gateway/bot) cannot be reached, or what answers is not Discord. */
export function describeLoginFailure(error: unknown, apiUrl: string | undefined): string | undefined {
	const url = apiUrl ?? `${DEFAULT_DISCORD_API_URL} (the default)`;
	const code = errorCode(error);
	if (code !== undefined && UNREACHABLE.has(code))
		return `DISCORD_API_URL: cannot reach Discord's API at ${url} (${code}).`;
	if (error instanceof Error && error.name === 'AbortError')
		return `DISCORD_API_URL: Discord's API at ${url} did not answer in time.`;
	const status = httpStatus(error);
	if (status !== undefined)
		return `DISCORD_API_URL: ${url} answered GET /gateway/bot with HTTP ${status}; is it Discord's API (${DEFAULT_DISCORD_API_URL})?`;
	return undefined;
}

/** Node puts the code on the error; undici on its cause. */
function errorCode(error: unknown): string | undefined {
	for (let current = error, depth = 0; depth < 3 && typeof current === 'object' && current !== null; depth++) {
		if ('code' in current && typeof current.code === 'string') return current.code;
		current = 'cause' in current ? current.cause : undefined;
	}
	return undefined;
}

function httpStatus(error: unknown): number | undefined {
	if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
	return typeof error.status === 'number' ? error.status : undefined;
}
