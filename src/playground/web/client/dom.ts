/** Children of an element: nodes, or strings that always become text nodes (never parsed as HTML). */
export type Child = Node | string | false | null | undefined;

export interface Attributes {
	readonly className?: string;
	readonly [attribute: string]: string | boolean | undefined | ((event: Event) => void);
}

/**
 * The page's one way to make elements: attributes by name, `on…` handlers, and text through text nodes, so a
 * message's text can never become markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
		else if (name === 'className') element.className = String(value);
		else element.setAttribute(name, value === true ? '' : value);
	}
	append(element, children);
	return element;
}

export function append(parent: Node, children: readonly Child[]): void {
	for (const child of children) {
		if (child === false || child === null || child === undefined) continue;
		parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
	}
}

/** `#rrggbb` of a Discord colour integer. */
export function hexColour(colour: number): string {
	return `#${colour.toString(16).padStart(6, '0')}`;
}

/** Only http(s) addresses become links or images; anything else (javascript:, data:) stays text. */
export function safeUrl(url: string | undefined): string | undefined {
	if (url === undefined) return undefined;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}
