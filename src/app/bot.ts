import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { openStore } from '../cache/openStore.js';
import type { Store } from '../cache/store.js';
import type { Database } from '../db/database.js';
import { importKeyvQuizData } from '../db/keyvImport.js';
import { createLearnerStore } from '../db/learnerStore.js';
import { openDatabase } from '../db/openDatabase.js';
import { createSqliteFiles } from '../db/sqlite/sqliteFile.js';
import type { Config } from './config.js';
import type { AppContext } from '../core/context.js';
import { loadCommands } from '../core/loadCommands.js';
import type { CommandRegistry } from '../core/registry.js';
import { createInteractionRouter, type InteractionRouter } from '../core/router.js';
import { InteractionStats } from '../core/stats.js';
import { createDiscordClient, type DiscordClientTestHooks } from './discordClient.js';
import type { HealthServer } from '../health/healthServer.js';
import { loadKnowledge } from '../knowledge/load.js';
import { BotMetrics } from '../metrics/botMetrics.js';
import { findProjectRoot, readPackageVersion } from './projectRoot.js';
import { createQuizRuntime } from '../quiz/runtime.js';
import { createQuizDelivery } from '../quiz/discordDelivery.js';
import { createAskService } from '../reasoning/createAskService.js';
import { createKnowledgeViews } from '../render/knowledgeViews.js';
import { createPictureService } from '../render/pictures/pictureService.js';
import { UnfinishedAnswers } from '../ask/unfinishedAnswers.js';
import { FatalGatewayCloseError, watchFatalClose, type FatalGatewayClose } from './fatalGatewayClose.js';
import { describeListenFailure, describeLoginFailure } from './startupFailures.js';
import { runStartupStep } from './startupStep.js';
import { reportFatalCloseToManager } from '../sharding/fatalCloseReport.js';

const CLEANUP_TIMEOUT_MS = 5_000;

export interface BotOptions {
	readonly config: Config;
	readonly logger: Logger;
	/** Defaults to every module in the project's commands/ folder. */
	readonly registry?: CommandRegistry;
	readonly now?: () => Date;
	/** Tests only: discord.js client options such as a no-wait identify throttler. */
	readonly clientTestHooks?: DiscordClientTestHooks;
}

export interface RunningBot {
	readonly app: AppContext;
	readonly client: Client<true>;
	readonly registry: CommandRegistry;
	readonly router: InteractionRouter;
	/** /healthz and /metrics, when HEALTH_PORT is set. */
	readonly health: HealthServer | undefined;
	/** Resolves (after its one fatal log line) when Discord closed a shard for good; the bot then answers nothing. */
	readonly fatalClose: Promise<FatalGatewayClose>;
	/** Graceful stop: refuse new interactions, let in-flight ones finish (bounded), close everything. */
	stop(): Promise<void>;
}

/** Composition: store → knowledge → commands → client → router; resolves once the gateway is ready. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
	const { config, logger } = options;
	if (!config.DISCORD_TOKEN) throw new Error('startBot needs DISCORD_TOKEN');
	const root = findProjectRoot();
	const timeoutMs = config.STARTUP_STEP_TIMEOUT_MS;
	const loadStartedAt = performance.now();
	const knowledge = await runStartupStep(
		{ name: 'loading the knowledge file', variable: 'KNOWLEDGE_PATH', timeoutMs },
		() => loadKnowledge(path.resolve(root, config.KNOWLEDGE_PATH)),
	);
	logger.info(
		{ topics: knowledge.topics.length, version: knowledge.version, ms: Math.round(performance.now() - loadStartedAt) },
		'knowledge loaded',
	);
	const registry =
		options.registry ?? (await runStartupStep({ name: 'loading the commands', timeoutMs }, () => loadCommands()));
	// One connection per SQLite file for the whole process: CACHE_URL and DATABASE_URL default to the same file.
	const sqliteFiles = createSqliteFiles(logger);
	const store = await runStartupStep({ name: 'opening the store', variable: 'CACHE_URL', timeoutMs }, () =>
		openStore(config.CACHE_URL, logger, { sqliteFiles }),
	);
	const database = await openLearnerDatabase(config, store, sqliteFiles, logger).catch(async (error: unknown) => {
		await store.close();
		throw error;
	});
	const now = options.now ?? (() => new Date());
	const ask = createAskService(config, store, knowledge, logger, now);
	const app: AppContext = {
		config,
		logger,
		store,
		knowledge,
		views: createKnowledgeViews(knowledge),
		pictures: createPictureService({ knowledge, database, now }),
		stats: new InteractionStats(),
		// The delivery reaches the client lazily: the scheduler only starts once the client is ready.
		quiz: createQuizRuntime({
			store: createLearnerStore(database),
			items: knowledge.quiz,
			delivery: createQuizDelivery(() => client, knowledge),
			logger,
			now,
			roundSeconds: config.QUIZ_ROUND_SECONDS,
			minIntervalMs: config.STUDY_MIN_INTERVAL,
			ownsGuild: (guildId) => client.guilds.cache.has(guildId),
		}),
		metrics: new BotMetrics(),
		ask,
		unfinished: new UnfinishedAnswers(store.namespace('ask-unfinished'), logger, () => now().getTime()),
		version: readPackageVersion(root),
		startedAt: now(),
		now,
	};
	const client = createDiscordClient(config, undefined, options.clientTestHooks);
	// /ask keeps its own usage totals (for /about); /metrics reads them rather than counting twice.
	app.metrics.addUsageSource({ cache: 'ask', model: config.REASONING_MODEL ?? 'none', read: () => ask.usage.totals });
	client.on(Events.Error, () => {
		app.metrics.recordError('discord_client');
	});
	// discord.js reconnects (resume or identify) on its own; ShardDisconnect only fires when it gives up.
	const router = createInteractionRouter(registry, app);
	client.on(Events.ShardReconnecting, (shardId) => {
		// Destroying the client on shutdown closes the socket too: that is no reconnect worth a warning.
		if (!router.closed) logger.warn({ shardId }, 'gateway reconnecting');
	});
	// Resolves when discord.js gives up on a shard (4004, 4014, 4010-4013): before ready it fails the start-up,
	// after it main.ts exits so a process manager restarts the bot or alerts.
	// Under `npm run start:sharded` the manager hears of it too, so it stops rather than respawning this shard.
	const fatalClose = watchFatalClose(client).then(async (close) => {
		await reportFatalCloseToManager(close);
		return close;
	});
	let health: HealthServer | undefined;
	try {
		// Bound before login, so a taken port fails in a second rather than after a gateway session was opened.
		// Loaded only when asked for (HEALTH_PORT): node:http and the health code cost ~15 ms of start-up otherwise.
		const healthPort = config.HEALTH_PORT;
		if (healthPort !== undefined) {
			health = await runStartupStep(
				{
					name: 'starting the health endpoint',
					variable: 'HEALTH_PORT',
					timeoutMs,
					describeFailure: (error) => describeListenFailure(error, config.HEALTH_HOST, healthPort),
				},
				async () => {
					const { startBotHealth } = await import('../health/startBotHealth.js');
					return startBotHealth({
						config,
						client,
						store,
						database,
						stats: app.stats,
						metrics: app.metrics,
						logger,
					});
				},
			);
		}
		const token = config.DISCORD_TOKEN;
		const readyClient = await runStartupStep(
			{
				name: 'logging in to Discord',
				variable: 'DISCORD_API_URL',
				// discord.js identifies the shards of one process one after the other.
				timeoutMs: timeoutMs * (Array.isArray(client.options.shards) ? Math.max(1, client.options.shards.length) : 1),
				describeFailure: (error) => describeLoginFailure(error, config.DISCORD_API_URL),
			},
			() =>
				Promise.race([
					login(client, token, router, logger),
					fatalClose.then((close) => Promise.reject(new FatalGatewayCloseError(close))),
				]),
		);
		void fatalClose.then((close) => {
			logger.fatal({ code: close.code, shardId: close.shardId }, close.cause);
			logger.flush();
		});
		app.quiz.scheduler.start();
		void app.ask.startModelCheck();
		// Answers a killed process left on "Thinking…" get their final state while Discord still lets us edit them.
		void app.unfinished.closeLeftovers(readyClient);
		// The first search builds the index: do it now, off the start-up path, not in the first user's autocomplete.
		setImmediate(() => {
			knowledge.search('reasoning');
			app.ask.warmUp();
		});
		logger.info(
			{
				user: readyClient.user.tag,
				guilds: readyClient.guilds.cache.size,
				commands: registry.commands.size,
				store: store.location,
				database: database.location,
			},
			'bot ready',
		);
		// Lines are buffered (see createLogger); whoever waits for the ready line should not wait for the next flush.
		logger.flush();
		return {
			app,
			client: readyClient,
			registry,
			router,
			health,
			fatalClose,
			stop: async () => {
				await app.quiz.scheduler.stop();
				await stopBot(router, readyClient, store, config, logger, app.unfinished);
				await app.pictures.close();
				await database.close();
				await health?.close();
			},
		};
	} catch (error) {
		// Bounded too: what failed may be what a clean-up would wait for.
		await runStartupStep({ name: 'cleaning up after a failed start', timeoutMs: CLEANUP_TIMEOUT_MS }, async () => {
			await health?.close();
			await client.destroy();
			await store.close();
			await database.close();
		}).catch(() => undefined);
		throw error;
	}
}

/** Opens and migrates the learner database, then moves in what the keyv store held of it (once, on the upgrade). */
async function openLearnerDatabase(
	config: Config,
	store: Store,
	sqliteFiles: ReturnType<typeof createSqliteFiles>,
	logger: Logger,
): Promise<Database> {
	const timeoutMs = config.STARTUP_STEP_TIMEOUT_MS;
	const database = await runStartupStep({ name: 'opening the database', variable: 'DATABASE_URL', timeoutMs }, () =>
		openDatabase(config.DATABASE_URL, { logger, sqliteFiles }),
	);
	try {
		await runStartupStep(
			{ name: 'moving quiz data from the keyv store into the database', variable: 'DATABASE_URL', timeoutMs },
			() => importKeyvQuizData(store, database, logger),
		);
		return database;
	} catch (error) {
		await database.close();
		throw error;
	}
}

async function login(client: Client, token: string, router: InteractionRouter, logger: Logger): Promise<Client<true>> {
	// Listeners go on before login: against a fast gateway, clientReady can fire before login() resolves.
	const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
	client.on(Events.InteractionCreate, (interaction) => {
		void router.route(interaction);
	});
	client.on(Events.Error, (error) => {
		logger.error({ err: error }, 'discord client error');
	});
	client.on(Events.Warn, (message) => {
		logger.warn(message);
	});
	client.on(Events.ShardResume, (shardId, replayed) => {
		logger.info({ shardId, replayed }, 'gateway resumed');
	});
	await client.login(token);
	return ready;
}

async function stopBot(
	router: InteractionRouter,
	client: Client,
	store: Store,
	config: Config,
	logger: Logger,
	unfinished: UnfinishedAnswers,
): Promise<void> {
	router.close();
	const pending = router.inFlight;
	const drained = await router.drain(config.SHUTDOWN_TIMEOUT_MS);
	if (drained) logger.info({ finished: pending }, 'in-flight interactions finished');
	else logger.warn({ unfinished: router.inFlight }, 'shutdown wait ran out with interactions still running');
	// An /ask answer takes longer than the wait: its reply says so rather than staying on "Thinking…" for good.
	await unfinished.closeAll();
	await client.destroy();
	await store.close();
}
