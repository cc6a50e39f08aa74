/** An expected failure whose message is safe to show the user (ephemerally). */
export class UserFacingError extends Error {
	public override readonly name = 'UserFacingError';
}
