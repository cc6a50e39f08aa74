import { UserFacingError } from '../core/errors.js';
import { replyPrepared } from '../core/preparedReply.js';
import type { InteractionContext } from '../core/context.js';
import { renderKnowledgeAnswer, renderModelAnswer, type AnswerPayload } from '../render/askAnswer.js';
import { renderLimitHit, renderModelError } from '../render/askNotices.js';
import { renderProgress } from '../render/askProgress.js';
import type { AskOutcome, AskRequest } from '../reasoning/askService.js';
import type { Thread } from '../reasoning/conversation.js';
import { createEditThrottle } from '../reasoning/editThrottle.js';
import { ModelError, type ReasonerEvent } from '../reasoning/types.js';
import { createAnswerTarget, type AnswerTarget, type AskInteraction } from './answerTarget.js';

export interface AskJob {
	readonly question: string;
	/**
	 * The asker's thread this question continues (its turns are the history); undefined for a new question, whose
	 * thread is started only when a model answers (an answer from the knowledge needs none).
	 */
	readonly thread: Thread | undefined;
	/** Regenerate: skip the cache; rate-limited separately. */
	readonly regenerate: boolean;
}

const EDIT_INTERVAL_MS = 1500;

/** /ask, a follow-up or a regenerate: the knowledge or cache at once, else limits, defer, live progress, the answer. */
export async function runAsk(interaction: AskInteraction, ctx: InteractionContext, job: AskJob): Promise<void> {
	const { ask } = ctx;
	const request = {
		question: job.question,
		history: job.thread?.turns ?? [],
		guildId: interaction.guildId,
		skipCache: job.regenerate,
	};
	// An answer at hand (knowledge, cache) goes out in the first callback: deferring would cost an extra request.
	let ready: AskOutcome | undefined;
	try {
		ready = await ask.ready(request);
	} catch (error) {
		failure(error);
	}
	// The limits protect the model budget, so an answer from the knowledge costs no cooldown or quota. Checked
	// before deferring so the limit message can be ephemeral.
	if (ready?.kind !== 'knowledge') {
		const hit =
			(await ask.limits.checkGuildBudget(interaction.guildId)) ??
			(job.regenerate
				? await ask.limits.admitRegenerate(interaction.user.id)
				: await ask.limits.admitQuestion(interaction.user.id));
		if (hit) throw new UserFacingError(renderLimitHit(hit));
	}
	if (ready?.kind === 'knowledge') {
		// Serialised once per answer, as /explain's cards are.
		const prepared = ctx.views.knowledgeAnswer(ready.answer, { noModel: ready.why === 'no-model' });
		if (prepared) {
			await replyPrepared(interaction, prepared);
			return;
		}
	}
	if (ready) {
		recordMetrics(ready, job, ctx);
		// The thread keeps its id when saved, so the reply (whose Follow up button names it) need not wait for the
		// store: the turn is saved right after the reply goes out, long before anyone can press Follow up.
		const thread = threadOf(job, interaction, ctx);
		const [first, ...rest] = renderOutcome(ready, thread.id);
		if (first) await interaction.reply(first);
		await saveTurn(ready, job.question, thread, ctx);
		for (const payload of rest) await interaction.followUp(payload);
		return;
	}
	await interaction.deferReply();

	// Recorded until final: a shutdown or a restart closes it rather than leaving it on "Thinking…".
	await ctx.unfinished.open(interaction);
	try {
		await answerDeferred(interaction, ctx, job, request);
	} finally {
		await ctx.unfinished.close(interaction);
	}
}

/** The model's answer into the deferred reply: live progress, then the answer or what went wrong. */
async function answerDeferred(
	interaction: AskInteraction,
	ctx: InteractionContext,
	job: AskJob,
	request: AskRequest,
): Promise<void> {
	const { ask } = ctx;
	const target = createAnswerTarget(interaction, () => ctx.now().getTime(), ctx.log);
	const startedAt = Date.now();
	let reasoningTokens = 0;
	let answerSoFar = '';
	const throttle = createEditThrottle({
		intervalMs: EDIT_INTERVAL_MS,
		edit: () =>
			target.progress({
				content: renderProgress({ elapsedMs: Date.now() - startedAt, reasoningTokens, answerSoFar }),
				components: [],
				allowedMentions: { parse: [] },
			}),
		onError: (error) => {
			ctx.log.warn({ err: error }, 'progress edit failed');
		},
	});
	const onEvent = (event: ReasonerEvent): void => {
		// Each streamed reasoning delta is about one token; the provider's count replaces it at the end.
		if (event.type === 'reasoning') reasoningTokens += 1;
		else if (event.type === 'answer') answerSoFar += event.text;
		throttle.poke();
	};

	let outcome: AskOutcome;
	try {
		outcome = await ask.generate({ ...request, onEvent });
	} catch (error) {
		await throttle.finish();
		if (!(error instanceof ModelError)) throw error;
		if (error.kind === 'unavailable')
			ctx.log.error({ err: error }, 'model unavailable: check OPENAI_API_KEY and billing');
		else ctx.log.warn({ err: error, kind: error.kind }, 'no answer from the model');
		await target.edit({ content: renderModelError(error.kind), components: [], allowedMentions: { parse: [] } });
		return;
	}
	await throttle.finish();
	recordMetrics(outcome, job, ctx);
	const thread = threadOf(job, interaction, ctx);
	await saveTurn(outcome, job.question, thread, ctx);
	await deliver(target, renderOutcome(outcome, thread.id));
}

function threadOf(job: AskJob, interaction: AskInteraction, ctx: InteractionContext): Thread {
	return job.thread ?? ctx.ask.conversations.start(interaction.user.id);
}

/** A model that cannot be used at all is something the asker should hear about, privately. */
function failure(error: unknown): never {
	if (error instanceof ModelError) throw new UserFacingError(renderModelError(error.kind), { cause: error });
	throw error;
}

/** Feeds /metrics: one answer-cache lookup per question, and the tokens of each model call. */
function recordMetrics(outcome: AskOutcome, job: AskJob, ctx: InteractionContext): void {
	if (outcome.kind !== 'model') return;
	if (!job.regenerate) ctx.metrics.recordCacheLookup('ask', outcome.cached);
	const { usage, model } = outcome.answer;
	if (outcome.cached || !usage) return;
	ctx.metrics.recordModelTokens(model, 'prompt', usage.promptTokens);
	ctx.metrics.recordModelTokens(model, 'completion', usage.completionTokens);
	ctx.metrics.recordModelTokens(model, 'reasoning', usage.reasoningTokens);
	ctx.metrics.recordModelTokens(model, 'cached', usage.cachedTokens);
}

function renderOutcome(outcome: AskOutcome, threadId: string): AnswerPayload[] {
	if (outcome.kind === 'knowledge')
		return renderKnowledgeAnswer(outcome.answer, { noModel: outcome.why === 'no-model' });
	return renderModelAnswer(outcome.answer, { cached: outcome.cached, threadId });
}

/** A model answer becomes a turn of the asker's thread (what Follow up builds on); knowledge answers do not. */
async function saveTurn(outcome: AskOutcome, question: string, thread: Thread, ctx: InteractionContext): Promise<void> {
	if (outcome.kind !== 'model') return;
	await ctx.ask.conversations.append(thread, { question, answer: outcome.answer.text });
}

async function deliver(target: AnswerTarget, payloads: readonly AnswerPayload[]): Promise<void> {
	const [first, ...rest] = payloads;
	if (first) await target.edit(first);
	for (const payload of rest) await target.followUp(payload);
}
