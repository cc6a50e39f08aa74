export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRecordArray(value: unknown): value is JsonObject[] {
	return Array.isArray(value) && value.every(isRecord);
}

export function stringField(object: JsonObject, key: string): string | undefined {
	const value = object[key];
	return typeof value === 'string' ? value : undefined;
}

export function numberField(object: JsonObject, key: string): number | undefined {
	const value = object[key];
	return typeof value === 'number' ? value : undefined;
}

export function recordField(object: JsonObject, key: string): JsonObject | undefined {
	const value = object[key];
	return isRecord(value) ? value : undefined;
}

export function recordsField(object: JsonObject, key: string): JsonObject[] {
	const value = object[key];
	return isRecordArray(value) ? value : [];
}
