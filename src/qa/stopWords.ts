/**
 * Hedges and chat filler: "is r1 better at literally everything" asks nothing about litres. Only content terms drop
 * them; the intent rules read the whole text ("is it actually true").
 */
const CHAT_FILLER =
	`afaik allegedly anybody anyway anyways apparently bot bro bruh btw def definitely dude esp especially everybody everyone exactly fr fyi genuinely guess hmm
	hit hits honestly ig iirc imho imo jk kinda legit literally lmao lmfao lowkey maybe nah nvm obv obviously ofc oh omg perhaps
	probably prolly q qq reportedly seemingly seriously simply smh somebody sorta stuff super supposedly tho tia totally ty um uh wait whatever wtf yall yo`.split(
		/\s+/,
	);

/**
 * Why a student asks, not what ("im studying for my exam tomorrow", "for my homework"): no subject of our sources.
 * "Teacher", "school", "students" stay: impact questions ask what reasoning models mean for them.
 */
const STUDY_CONTEXT = `assignment assignments class classes coursework deadline essay exam exams finals homework lecture
	midterm midterms presentation prof professor seminar studying thesis tomorrow tonight`.split(/\s+/);

/**
 * Words that carry no subject: function words, question words (intent rules read those before they are dropped)
 * and the chat filler students type ("ngl", "pls", "so like"). Without them, "what/does/can/the" decided rankings.
 * A greeting is filler only where it opens a question (OPENING_FILLER): "why does r1 answer hello without thinking"
 * is about the greeting.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	`a about above actually after again against all also am an and any anyone anything are arent as at basically
	be because been before being below between both but by can cant could couldnt curious
	did didnt do does doesnt doing done dont down during each either else even ever every explain explained
	few for from further get gets getting give go going got guys had hadnt has hasnt have havent having he
	her here hers herself hey him himself his how hows however i id ill im ive if in into is isnt it its itself
	just kind know let lets like lol many me mean means might mind more most much must my myself need ngl no nor not now
	of off ok okay on once one only or other ought our ours ourselves out over own please pls plz pretty quick
	quickly real really right said say says see seem seems shall she should shouldnt so some someone something
	sort still such sure tbh tell than thank thanks that thats the their theirs them themselves then there theres
	these they theyre thing things think this those though through thx to too u under until up us very wanna want
	was wasnt way we were werent what whats when where wheres which while who whos whom why whys will with wonder
	wondering wont would wouldnt ya yeah yes yet you your youre yours yourself yourselves`
		.split(/\s+/)
		.concat(CHAT_FILLER, STUDY_CONTEXT),
);

/**
 * Words a question opens with before it asks ("honestly is r1 on perplexity", "ok so does v3…"): the intent rules
 * read a question from its first asking word.
 */
export const OPENING_FILLER: ReadonlySet<string> = new Set(
	`actually also alright and but guys hello help hey hi lol ngl now ok okay oops pls please quick question right so
	sorry tbh thanks well yeah yes`
		.split(/\s+/)
		// Not "like", "simply", "super": "like im 5", "simply put", "super simple" are what the question asks.
		.concat(CHAT_FILLER.filter((word) => !['simply', 'super'].includes(word))),
);
