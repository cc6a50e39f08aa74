import type { Database } from '../../db/database.js';
import type { KnowledgeBase } from '../../knowledge/types.js';
import { createKnowledgePictures, type KnowledgePictures } from './knowledgePictures.js';
import { createPictureRenderer } from './renderer.js';
import { createStatsPictures, type StatsPictures } from './statsPicture.js';

/** Charts and diagrams for the bot's replies (built once in src/app/bot.ts; the renderer loads on first use). */
export interface PictureService {
	readonly knowledge: KnowledgePictures;
	readonly stats: StatsPictures;
	/** Stops the picture worker thread, if a picture started one (bot shutdown). */
	close(): Promise<void>;
}

export function createPictureService(options: {
	readonly knowledge: KnowledgeBase;
	readonly database: Database;
	readonly now: () => Date;
}): PictureService {
	const renderer = createPictureRenderer();
	return {
		knowledge: createKnowledgePictures(options.knowledge, renderer),
		stats: createStatsPictures(options.database, renderer, options.now),
		close: () => renderer.close(),
	};
}
