/** Our own small tree of Discord-flavoured Markdown, shared by the terminal and web front ends. */
export type MarkupInline =
	| { kind: 'text'; text: string }
	| { kind: 'bold' | 'italic' | 'underline' | 'strike' | 'spoiler'; children: MarkupInline[] }
	| { kind: 'code'; text: string }
	| { kind: 'link'; href: string; children: MarkupInline[] }
	| { kind: 'timestamp'; unixSeconds: number; style: TimestampStyle }
	| { kind: 'mention'; target: 'user' | 'channel' | 'role'; id: string }
	| { kind: 'lineBreak' };

export type MarkupBlock =
	| { kind: 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'small' | 'quote'; children: MarkupInline[] }
	| { kind: 'list'; ordered: boolean; items: MarkupInline[][] }
	| { kind: 'codeBlock'; text: string; language?: string };

/** Discord's `<t:UNIX:STYLE>` styles. */
export type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';
