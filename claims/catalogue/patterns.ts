// Pattern pieces shared by several entries' rules, as regular-expression sources. They may use the
// vocabulary macros ({K2}, {D}...), which the finder expands when it compiles a rule.

/** Words for studies and evidence. */
export const STUDY = String.raw`(?:stud(?:y|ies)|research\w*|trials?|rcts?|evidence|science|scientific|data|meta-analys[ie]s|reviews?)`;

/** A study "showed" something: the wording of a reported positive result. */
export const SHOWN = String.raw`(?:shown|shows?|showed|proven|proves?|proved|found|finds|demonstrat\w*|confirm\w*)`;

/** Negation or doubt anywhere in a sentence: keeps "evidence is strong" rules off caveats. */
export const DOUBT = String.raw`(?:not(?! only)|no(?! doubt| question| wonder| shortage)|none|never|neither|nor|lacks?|lacking|fails?|failed|yet to|cannot|can't|doesn't|don't|didn't|hasn't|haven't|isn't|aren't|wasn't|weren't|unproven|inconclusive|insufficient|limited(?! sun| exposure| time)|weak|mixed|disappointing|unclear|until)`;

/** D or K named alone or inside a list of vitamins ("vitamins A, D, and K"). */
export const DK_OR_LIST = String.raw`(?:{DK}|vitamins?,? (?:[a-z]\d?,? (?:and |& )?){1,5}[dk]\d?\b)`;

/** Evidence called strong: "strong evidence", "the research is clear". */
export const STRONG_EVIDENCE = String.raw`(?:(?:strong|solid|robust|overwhelming|clear|conclusive|compelling|undeniable|irrefutable|extensive|convincing|unequivocal|indisputable|definitive) (?:\S+ ){0,3}(?:evidence|science|research|data|proof|studies)|(?:scientists|experts|researchers|doctors) (?:\S+ ){0,1}agree|(?:scientific|medical) consensus|(?:science|evidence|research|data|studies)(?: \S+){0,10} (?:is|are) (?:\S+ )?(?:strong|solid|robust|overwhelming|clear|conclusive|compelling|settled|undeniable|irrefutable|unequivocal|indisputable|beyond (?:any )?doubt))`;

/** The pair or K2 as the subject of an evidence statement. */
export const PAIR = String.raw`(?:{K2}|combination|combined|partnership|pair\w*|duo|together|both|these (?:two )?(?:vitamins|nutrients))`;

/** Calcification or hardening of arteries, named as a condition (not calcium moving about). */
export const ARTERY_CALCIFICATION = String.raw`(?:unclog\w* (?:\S+ ){0,2}(?:arter\w*|blood vessels?|vessels?)|cac(?: scores?)?|(?:damaged|diseased|already[\s-]\S+) (?:arter\w*|blood vessels?|vessels?)|harden\w* (?:\S+ ){0,2}(?:arter\w*|heart valves?|valves?|blood vessels?|aorta)|(?:arter\w*|blood vessels?|vessels?|valves?) from (?:\S+ ){0,1}(?:harden\w*|calcif\w*|stiffen\w*|clog\w*)|(?:coronary (?:artery )?)?calcium scores?|coronary (?:artery )?calcium|(?:already|heavily|severely) calcified|calcified (?:\S+ ){0,1}(?:plaques?|valves?|aorta)|clog\w* (?:\S+ ){0,2}(?:arter\w*|blood vessels?|vessels?)|(?:arter\w*|blood vessels?|vessels?) (?:\S+ ){0,2}(?:clog\w*|calcify\w*)|(?:valves?|aorta) (?:\S+ ){0,2}calcif\w*|calcif\w* (?:\S+ ){0,2}(?:valves?|aorta)|(?:calcium|plaques?) (?:\S+ ){0,2}(?:already|have|has) (?:\S+ ){0,1}formed|(?:arter\w*|vascular|coronary|aortic|valve|vessels?) (?:calcification|hardening|stiffening|plaques?)|(?:calcification|hardening) (?:of|in) (?:the |your )?(?:arter\w*|blood vessels?|vessels?|aorta|heart valves?|valves?)|hardened arteries|calcified arteries|atherosclero\w*|arteriosclero\w*|micro-?calcification|plaque (?:build[\s-]?up|formation)|progression of (?:\S+ ){0,3}calcification|calcium (?:plaques?|deposits?|build[\s-]?up) (?:\S+ ){0,3}(?:in|on|inside|within) (?:the |your )?(?:arter\w*|blood vessels?|vessels?|vessel walls?|heart valves?)|(?:arter\w*|blood vessels?|vessels?) (?:\S+ ){0,2}(?:free|clear) (?:of|from) (?:\S+ ){0,1}(?:calcium|calcification|plaque|deposits))`;

/** A statement that trials or evidence have not shown a benefit: the accurate caveat. */
export const NOT_SHOWN = String.raw`(?:(?:hasn't|haven't|hadn't|didn't|don't|doesn't) (?:yet )?(?:been )?(?:\S+ ){0,2}(?:shown|proven|demonstrated|established|confirmed|show|prove|demonstrate|support)|(?:has|have|had) not (?:yet )?(?:been )?(?:\S+ ){0,2}(?:shown|proven|demonstrated|established|translated|materiali[sz]ed|confirmed)|(?:no|not) (?:\S+ ){0,3}(?:evidence|trials?|rcts?|stud(?:y|ies)) (?:\S+ ){0,3}(?:shown|shows?|showing|proven|prov(?:e|es|ing)|demonstrat\w*|support\w*|found)|(?:has|have|is|are) yet to (?:be )?(?:\S+ ){0,1}(?:proven|shown|demonstrated|established|confirmed|show|prove|demonstrate)|(?:does|do|did) not (?:\S+ ){0,1}(?:demonstrate|show|support|prove)|(?:not|\w+n't) (?:\S+ ){0,1}supported by (?:\S+ ){0,2}(?:evidence|trials|studies|research)|(?:showed|shows|found|had|with) no (?:\S+ ){0,2}(?:effect|benefit|difference|advantage|improvement)s?|no(?! doubt| wonder| question| shortage| end) (?:\S+ ){0,2}(?:benefit|advantage)s?|fail(?:ed|s)? to (?:\S+ ){0,1}(?:prevent|reduce|lower|improve|show|protect|slow|change|demonstrate)|(?:has|have) been (?:\S+ ){0,1}(?:disappointing|mixed|inconsistent|inconclusive|negative)|(?:data|evidence|proof|research|science) (?:\S+ ){0,2}(?:is|are)(?:n't| not) (?:\S+ ){0,1}there|(?:isn't|is not|aren't|are not|there's no|there is no)(?! doubt| question| shortage) (?:\S+ ){0,2}(?:good |enough |strong |solid |convincing |reliable )?(?:evidence|data|proof)|(?:is|are|remains?) (?:still |largely |very |rather )?(?:unproven|mixed|inconclusive|disappointing|uncertain|preliminary)|(?:evidence|data|research|proof|studies|trials|support) (?:\S+ ){0,6}(?:is|are|remains?) (?:still |largely |very |rather )?(?:lacking|limited|weak|scarce|sparse|thin)|(?:does|do|did)(?: not|n't)(?! just| only| merely) (?:\S+ ){0,2}(?:prevent|reduce|lower|protect|improve|slow|change)|lack of (?:\S+ ){0,2}(?:evidence|benefit|data)|(?:no|little|scant)(?! doubt) (?:\S+ ){0,2}(?:evidence|proof)|until (?:\S+ ){0,5}(?:demonstrate|show|prove) otherwise|(?:more|further) (?:\S+ ){0,2}(?:research|studies|trials) (?:is|are) (?:still )?needed|(?:evidence|data|research|proof) (?:\S+ ){0,4}(?:is|are) (?:far |much |a lot )?(?:thinner|weaker|scarcer|sparser|less (?:solid|robust|convincing|certain)) than)`;

/** Guideline vocabulary after a negation: "not (formally) recommended in guidelines". */
export const NOT_IN_GUIDELINES = String.raw`(?:(?:not|\w+n't|never) (?:\S+ ){0,3}(?:recommend\w*|includ\w*|endors\w*|part of|in|feature\w* in|mention\w* in|listed in) (?:\S+ ){0,8}(?:guideline\w*|guidance|recommendations?)|(?:not|\w+n't) (?:\S+ ){0,2}recommended|(?:not|\w+n't) (?:\S+ ){0,2}(?:a |an )?(?:\S+ ){0,1}(?:guideline|standard) (?:recommendation|treatment|therapy)|neither (?:\S+ ){0,12}nor (?:\S+ ){0,12}(?:includ\w*|recommend\w*|endors\w*|mention\w*|list\w*)|(?:no|none of the|not one) (?:\S+ ){0,3}(?:medical |health |professional )?(?:bod(?:y|ies)|organi[sz]ations?|societ(?:y|ies)|authorit(?:y|ies)|guidelines?) (?:\S+ ){0,3}(?:recommend|includ|endors|advis)\w*|rather than (?:\S+ ){0,4}(?:guideline\w*|recommend\w*|requir\w*|mandat\w*|standard (?:care|treatment|practice))|(?:add-on|adjunct\w*|optional extra|extra) (?:\S+ ){0,3}rather than|(?:no|none of) (?:\S+ ){0,3}guidelines? (?:\S+ ){0,3}(?:recommend|includ|endors)\w*|(?:guidelines?|guidance|recommendations?) (?:\S+ ){0,6}(?:do not|don't|does not|doesn't|did not|never)|(?:not|\w+n't) (?:\S+ ){0,2}part of (?:\S+ ){0,2}(?:standard|routine|usual|guideline\w*|recommended) (?:\S+ ){0,2}(?:care|treatment|practice|therapy|management))`;

/**
 * Health topics the seed documents do not cover. A mechanism rule that fires on a sentence about
 * one of these ("K2 prevents wrinkles by regulating calcium") would grade a claim we have not
 * reviewed, so such rules list this under `none` and the sentence stays "not yet reviewed".
 */
export const UNREVIEWED_TOPIC = String.raw`(?:insulin|diabet\w*|blood sugar|glucose|metabolic (?:health|syndrome|rate)|weight (?:loss|management|gain|control)|obesity|testosterone|hormon\w*|steroidogenesis|leydig|cancers?|tumou?rs?|leuk[a]?emia|wrinkl\w*|collagen|complexion|dementia|alzheimer\w*|cogniti\w*|brain|neuro\w*|mood|depress\w*|serotonin|fatigue|exhaustion|tired\w*|low energy|energy levels?|sleep|prostate|anti-?aging|anti-?ageing|bruis\w*|statins?|hair|alopecia|bald\w*|eyes?|eyesight|vision|macular|retina\w*|menopaus\w* symptoms|hot flush\w*|hot flash\w*|night sweats|pcos|polycystic|fertil\w*|infertil\w*|ivf|conceiv\w*|sperm|libido|erectile|rosacea|acne|eczema|psoriasis|skin (?:health|elasticity|tone|conditions?|ageing|aging)|athlet\w*|workouts?|(?:exercise|training|sports?|muscle) (?:recovery|performance|capacity|results)|recover\w* (?:\S+ ){0,3}(?:exercise|training|sports?|sessions?|workouts?|lifts?)|(?:after|post)[\s-](?:exercise|training|sport)|endurance|muscle (?:recovery|soreness|repair|growth|mass|cramps?)|menstrua\w*|period pain|pms|thyroid|asthma|allerg\w*|migraines?|headaches?|arthritis|(?:back|joint|chronic|muscle) pain|autism|adhd|anxiety|gut health|digest\w*|blood pressure|hypertension|lifters?|weightlifting|varicose|neuropath\w*|long covid|ibs|irritable bowel|crohn\w*|coeliac|celiac|multiple sclerosis|parkinson\w*|lupus|rheumatoid|fibromyalgia|restless legs)`;

/**
 * Kidneys as the place calcium is kept from: the seeds discuss kidney stones only as a risk of
 * vitamin D with calcium, never K2 as a way to prevent them, so calcium-directing rules skip it.
 */
export const KIDNEY = String.raw`(?:kidneys?|renal|nephro\w*)`;

/**
 * A big percentage attached to a benefit ("cuts fracture risk by up to 80%"): a headline figure
 * that no trial in the seeds supports as a general effect of a supplement.
 */
export const BIG_PERCENT = String.raw`(?:(?:by|up to|as much as|over|more than|nearly|almost) (?:\S+ ){0,2}[2-9]\d\s?(?:%|percent|per cent)|[2-9]\d\s?(?:%|percent|per cent) (?:lower|less|fewer|reduction|reduced|decrease|drop)|half|halv\w*)`;

/** Broken bones, in the words pages use: fractures, broken hips, breaking a bone. */
export const BREAKS = String.raw`(?:fractur\w*|broken (?:\S+ ){0,1}(?:bones?|hips?|wrists?|vertebra\w*)|(?:break|breaks|breaking|broke) (?:\S+ ){0,2}(?:bones?|hips?|wrists?|spine|vertebra\w*))`;

/**
 * An unreviewed topic as the sentence's only health outcome: "D3 and K2 work better together for
 * hormone balance" stays unreviewed, while "better together for bones, heart and mood" keeps the
 * grade its reviewed outcomes earn. For generic entries whose claim is the pairing, not the organ.
 */
export const ONLY_UNREVIEWED_TOPIC = String.raw`^(?!.*\b(?:bones?|skelet\w*|osteo\w*|fractur\w*|bmd|teeth|heart|cardio\w*|arter\w*|vascular|calcium|immun\w*)\b).*?${UNREVIEWED_TOPIC}`;

/**
 * A negation, contractions included: "not", "never", "isn't", "doesn't". Rules that start a pattern
 * with a negation need this, because a pattern only matches from a word start and "n't" sits inside
 * its word.
 */
export const NEG = String.raw`(?:not|never|cannot|\w+n't)`;

/** A product set against plain vitamin D: "the smarter choice compared with a plain vitamin D supplement". */
export const PLAIN_D_COMPARED = String.raw`(?:compared (?:with|to)|versus|vs\.?|instead of|over) (?:a |an |the |your )?(?:plain|regular|ordinary|standard|basic|simple) (?:\S+ )?{D}`;

/**
 * A health outcome in the arteries or heart, as opposed to where calcium goes: calcified or clogged
 * arteries, a calcium score, plaque, stiffness, heart attacks, or a pill that beats plain vitamin D.
 * Calcium-handling (mechanism) rules list this under `none`, so that a sentence which promises the
 * outcome ("K2 keeps calcium out of your arteries, so your heart stays healthy") is graded as the
 * outcome claim it makes (unproven), not as the plausible mechanism it leans on. Generic wording the
 * seeds use inside mechanism sentences ("prevent vascular calcification", "where it can cause
 * hardening") is left out on purpose.
 */
export const ARTERY_OUTCOME = String.raw`(?:(?:protect\w*|guard\w*|shield\w*|defend\w*) (?:\S+ ){0,2}(?:hearts?|arter\w*|blood vessels?|vessels?|cardiovascular system)|cac(?: scores?)?|(?:already|heavily|severely|existing)[\s-](?:\S+ ){0,2}?(?:calcified|hardened|stiff\w*|clogged|damaged|diseased)|(?:damaged|diseased) (?:arter\w*|blood vessels?|vessels?)|(?:arter\w*|blood vessels?|vessels?|valves?) (?:\S+ ){0,2}(?:from|against) (?:\S+ ){0,1}(?:harden\w*|calcif\w*|stiffen\w*|clog\w*)|(?:coronary (?:artery )?)?calcium scores?|coronary (?:artery )?calcium|(?:already|heavily|severely|existing) (?:\S+ ){0,2}(?:calcified|hardened|stiff\w*|clogged)|clog\w*|plaques?|heart attacks?|strokes?|heart (?:disease|health|failure)|healthy (?:heart|arteries)|hearts? (?:\S+ ){0,2}(?:healthy|strong|young)|cardiovascular (?:disease|events?|health|risk)|(?:stiff\w*|flexib\w*|elastic\w*|supple(?:ness)?)|(?:revers\w*|dissolv\w*|shrink\w*|melt\w*|undo\w*) (?:\S+ ){0,4}(?:calcif\w*|plaques?|harden\w*|deposits?)|dumps?|dumping|lin(?:e|es|ing) (?:\S+ ){0,2}(?:arter\w*|vessels?)|stranded|(?:beats?|outperforms?|better than|superior to|more than) (?:\S+ ){0,3}(?:plain |regular |ordinary |standard )?{D}(?! (?:absorption|levels?))|{D} (?:\S+ ){0,1}(?:alone|on (?:its|their) own)|protection (?:\S+ ){0,4}{D} alone|${PLAIN_D_COMPARED})`;

/** Words of a health outcome a caution can be attached to: arteries, heart, bones, immunity. */
export const HEALTH_OUTCOME = String.raw`(?:arter\w*|vessels?|valves?|hearts?|cardio\w*|coronary|plaques?|calcif\w*|bones?|bmd|fractur\w*|osteoporo\w*|immun\w*|infections?|colds?|flu)`;

/** Words of a blood-thinner caution. */
export const BLOOD_THINNER = String.raw`(?:warfarin|coumadin|jantoven|blood[\s-]?thinn\w*|anti-?coagul\w*|vitamin k antagonists?|acenocoumarol|phenprocoumon)`;

/**
 * A safety caution mentioned in passing after a health-outcome claim: "K2 protects your valves,
 * which is ironic given the warfarin thing", "... though anyone on warfarin should ask a doctor".
 * The caution is an aside, so the caution rule lists this under `none` (see the tie-break notes in
 * catalogue/index.ts).
 */
export const OUTCOME_THEN_CAUTION = String.raw`^(?:(?!${BLOOD_THINNER}).)*?\b${HEALTH_OUTCOME}\b(?:(?!${BLOOD_THINNER}).)*?(?:,|;| -|:) (?:\S+ ){0,12}${BLOOD_THINNER}`;

/** A caution in a concessive clause ("although K2 can interfere with warfarin, it ..."): an aside. */
export const CONCESSIVE_CAUTION = String.raw`(?:although|though|while|even if|despite|aside from|apart from) (?:\S+ ){0,8}${BLOOD_THINNER}\w*[^,;]{0,40}[,;] (?:\S+ ){0,10}${HEALTH_OUTCOME}`;

/** A dose kept within limits ("not a concern below 4,000 IU"): reassurance, not a denial. */
export const WITHIN_LIMIT = String.raw`(?:below|under|within|up to|less than|at (?:recommended|normal|usual|typical))`;

/**
 * A denial of an established harm of vitamin D: toxicity "is a myth", "no ceiling", "can't overdose",
 * "safe at any dose", "prevents kidney stones". Such a sentence misstates the evidence (contradicted),
 * so the established safety entries list this under `none` and a contradicted entry claims it.
 */
export const HARM_DENIED = String.raw`(?:myths?|hoax|scare\w*|overblown|exaggerat\w*|overstated|nonsense|outdated|fearmongering|fear-?mongering|no (?:real )?(?:ceiling|limit|upper limit)|(?:can't|cannot|can not|won't|impossible to|never) (?:\S+ ){0,2}(?:overdose|take too much|get too much|have too much|be toxic|harm|hurt)|(?:safe|harmless) (?:\S+ ){0,2}(?:at )?any (?:dose|amount|level)|any (?:dose|amount) (?:\S+ ){0,2}(?:safe|fine)|as much (?:\S+ ){0,3}as (?:you|they) (?:like|want)|(?:prevents?|protects? against|dissolves?|reduces?) (?:\S+ ){0,2}kidney stones|never (?:\S+ ){0,2}cause|(?:no|nothing) (?:\S+ ){0,1}(?:reason|need) to worry|(?:don't|do not|won't|will not|never) (?:\S+ ){0,1}(?:need|have) to (?:\S+ ){0,1}worry|(?:high|large|big|mega)[\s-]?dos\w* (?:\S+ ){0,5}(?:are|is) (?:\S+ ){0,1}(?:perfectly|completely|totally|entirely|100%) safe|(?:not|\w+n't|no longer) (?:\S+ ){0,1}(?:a )?(?:real |genuine )?(?:concern|worry|problem|issue))`;

/** A denial of an established harm, unless the sentence keeps the dose within limits. */
export const HARM_DENIED_GUARD = String.raw`^(?!.*\b${WITHIN_LIMIT}\b).*${HARM_DENIED}`;

/** Blood thinners that do not act on vitamin K: K2 really does not interfere with these. */
export const NEWER_ANTICOAGULANT = String.raw`(?:doacs?|noacs?|apixaban|rivaroxaban|dabigatran|edoxaban|eliquis|xarelto|pradaxa|newer (?:\S+ ){0,2}(?:blood[\s-]?thinn\w*|anti-?coagul\w*|drugs|medicines)|direct oral)`;

/**
 * A denial of the warfarin interaction: "it doesn't affect blood thinners", "safe with warfarin",
 * "as much as you like". Newer anticoagulants that do not act on vitamin K are excluded by the rule.
 */
export const INTERACTION_DENIED = String.raw`(?:(?:doesn't|does not|won't|will not|don't|do not|can't|cannot|never) (?:\S+ ){0,2}(?:affect|interfere|interact|matter|clash)|(?<!(?:not|\w+n't|never) (?:\S+ )?)safe (?:\S+ ){0,3}(?:with|on|alongside|for) (?:\S+ ){0,5}${BLOOD_THINNER}|as much (?:\S+ ){0,3}as (?:you|they) (?:like|want)|no (?:\S+ ){0,1}(?:interaction|problem|issue|effect)s?|myths?|nonsense|overblown|exaggerat\w*)`;

/**
 * A hypothesis stated as one: "researchers have wondered whether K2 could slow ...", "it has been
 * hypothesised that ...". Reporting an open question accurately is not claiming the outcome, so
 * outcome rules list this under `none` and the mechanism the sentence leans on keeps its grade.
 */
export const HYPOTHESIS = String.raw`(?:(?:wonder\w*|asked|ask(?:ing|s)?|question\w*|investigat\w*|test(?:ing|ed|s)?|explor\w*|studying|debat\w*) (?:\S+ ){0,3}(?:whether|if)|hypothes[ie][sz]\w*|theori[sz]ed|speculat\w*|(?:remains?|is|are) (?:yet )?to be (?:tested|seen|shown|proven|confirmed)|open question)`;

/**
 * A reason to skip D's toxicity or a bone drug because K2 is taken: "as long as you take K2",
 * "without the side effects of bone drugs". Used by the outcome entries that overclaim K2.
 */
export const INSTEAD_OF_DRUGS = String.raw`(?:without (?:\S+ ){0,3}(?:drugs?|medications?|medicines?|prescriptions?|bisphosphonates?)|(?:instead of|rather than|replace\w*|alternative to|ditch\w*) (?:\S+ ){0,3}(?:drugs?|medications?|medicines?|prescriptions?|bisphosphonates?|fosamax|alendronate))`;
