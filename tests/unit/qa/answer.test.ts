import { describe, expect, it } from 'vitest';
import { composeAnswer, MAX_SUPPORT, NOT_COVERED_LEAD, notCovered } from '../../../src/qa/answer.js';
import { makeTopic } from './fixtures.js';

const grpo = makeTopic('grpo', 'GRPO');
const lead = { text: '**GRPO**: no critic.', source: 'DeepSeek-R1 paper §2.2.1' };

describe('composeAnswer: one lead, at most two supporting lines with their sources', () => {
	it('GIVEN two supporting lines THEN each follows the lead as "- text (source)"', () => {
		const answer = composeAnswer(
			'definition',
			grpo,
			lead,
			[
				{ text: 'It scores answers against their group.', source: 'DeepSeek-R1 paper §2.2.1' },
				{ text: 'V3 used it too.', source: 'DeepSeek-V3 technical report' },
			],
			{ direct: true },
		);
		expect(answer.text).toBe(
			[
				'**GRPO**: no critic.',
				'- It scores answers against their group. (DeepSeek-R1 paper §2.2.1)',
				'- V3 used it too. (DeepSeek-V3 technical report)',
			].join('\n'),
		);
		expect(answer).toMatchObject({ covered: true, intent: 'definition', topic: grpo, direct: true });
		expect(answer.sources).toEqual(['DeepSeek-R1 paper §2.2.1', 'DeepSeek-V3 technical report']);
	});

	it.each([3, 4, 6])('GIVEN %d supporting lines THEN only the first two are shown', (count) => {
		const support = Array.from({ length: count }, (_, index) => ({
			text: `Fact ${index}.`,
			source: `Source ${index}`,
		}));
		const answer = composeAnswer('how', grpo, lead, support, { direct: false });
		expect(answer.text.split('\n').slice(1)).toEqual(['- Fact 0. (Source 0)', '- Fact 1. (Source 1)']);
		expect(answer.sources).toEqual([lead.source, 'Source 0', 'Source 1']);
		expect(MAX_SUPPORT).toBe(2);
	});

	it('GIVEN a supporting line that repeats the lead THEN it is dropped', () => {
		const answer = composeAnswer('how', grpo, lead, [lead, { text: 'Other.', source: 'S' }], { direct: false });
		expect(answer.text).toBe('**GRPO**: no critic.\n- Other. (S)');
	});

	it('GIVEN no supporting lines THEN the lead alone', () => {
		expect(composeAnswer('score', grpo, lead, [], { direct: true }).text).toBe(lead.text);
	});

	it('GIVEN sources the lead also rests on THEN they are listed once, after the lead source', () => {
		const answer = composeAnswer('difference', grpo, lead, [{ text: 'x', source: lead.source }], {
			direct: true,
			alsoFrom: ['DeepSeek-V3 README', lead.source],
		});
		expect(answer.sources).toEqual([lead.source, 'DeepSeek-V3 README']);
	});
});

describe('notCovered: say so, and point at the nearest topics', () => {
	it('GIVEN nearest topics THEN they are named in bold with /explain', () => {
		const answer = notCovered('quantity', [grpo, makeTopic('sft', 'SFT')]);
		expect(answer).toMatchObject({ covered: false, intent: 'quantity', suggestions: [grpo, expect.anything()] });
		expect(answer.text).toBe(`${NOT_COVERED_LEAD} Nearest topics: **GRPO**, **SFT** (try /explain).`);
	});

	it('GIVEN no nearest topic THEN it suggests /explain with a topic', () => {
		expect(notCovered('definition', []).text).toBe(`${NOT_COVERED_LEAD} Try /explain with a topic.`);
	});

	it('GIVEN a detail THEN it follows the lead', () => {
		expect(notCovered('score', [], 'Our sources give no AIME 2024 figure for OpenAI o3.').text).toBe(
			`${NOT_COVERED_LEAD} Our sources give no AIME 2024 figure for OpenAI o3. Try /explain with a topic.`,
		);
	});

	it('GIVEN the lead THEN it refuses to guess', () => {
		expect(NOT_COVERED_LEAD).toMatch(/not stated in our sources/i);
	});
});
