import { describe, expect, it } from 'vitest';
import { composeAnswer, notCovered } from '../../../src/qa/answer.js';
import { joinAnswers } from '../../../src/qa/joinAnswers.js';
import { makeTopic } from './fixtures.js';

const grpo = makeTopic('grpo', 'GRPO');
const ppo = makeTopic('ppo', 'PPO');
const answer = (lead: string, support: string[] = []) =>
	composeAnswer(
		'definition',
		grpo,
		{ text: lead, source: 'A' },
		support.map((text) => ({ text, source: 'B' })),
		{ direct: true },
	);

describe('joinAnswers', () => {
	it('GIVEN two covered answers THEN both, the first first, sources joined, lines not repeated', () => {
		const joined = joinAnswers(
			answer('GRPO drops the critic.', ['It samples a group.']),
			{
				...answer('PPO trains a critic.', ['It samples a group.']),
				sources: ['C'],
			},
			{ sayUncovered: true },
		);
		expect(joined?.text).toBe('GRPO drops the critic.\n- It samples a group. (B)\n\nPPO trains a critic.');
		expect(joined?.covered && joined.sources).toEqual(['A', 'B', 'C']);
	});

	it('GIVEN both parts led by one line THEN undefined (answer the message as one question)', () => {
		expect(
			joinAnswers(answer('GRPO drops the critic.'), answer('GRPO drops the critic.'), { sayUncovered: true }),
		).toBeUndefined();
	});

	it('GIVEN the first part not covered THEN undefined, whatever the second', () => {
		expect(
			joinAnswers(notCovered('definition', [ppo]), answer('PPO trains a critic.'), { sayUncovered: true }),
		).toBeUndefined();
	});

	it('GIVEN the second part not covered THEN the first answer, saying so only when asked to', () => {
		const first = answer('GRPO drops the critic.');
		expect(joinAnswers(first, notCovered('definition', []), { sayUncovered: true })?.text).toMatch(
			/second question is not answered in our sources/,
		);
		expect(joinAnswers(first, notCovered('definition', []), { sayUncovered: false })).toBe(first);
	});
});
