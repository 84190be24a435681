// Word lists that decide whether a sentence about vitamin D or K2 says something about health.
// Regular-expression sources over the normalised, lower-cased sentence; compiled in claimness.ts.

// What a health claim is about, grouped so that a new word has an obvious home. Each group is a
// reason: a sentence about D/K2 that names any of these says something about the body.

/** Bones, teeth and joints: the skeleton D and K2 are sold for. */
const SKELETON = String.raw`bones?|bony|ossature|bone (?:matrix|tissue|scans?)|dexa|dxa|skelet\w*|osteo(?:porosis|penia|blast\w*|clast\w*|arthritis)|fractur\w*|bmd|bone mineral|vertebra\w*|spine|spinal|hips?|teeth|tooth|dental|dentin|enamel|cavit(?:y|ies)|caries|tooth decay|gums?|periodont\w*|jaw\w*|joints?|cartilage|knees?|tendons?|ligaments?|arthritis|rheumat\w*|gout|posture|rickets|osteomalacia`;
/** The heart, the vessels and the blood. */
const CIRCULATION = String.raw`heart|hearts|cardi\w*|coronary|arter\w*|aort\w*|vascular\w*|vessels?|atheroscl\w*|plaques?|calcif\w*|stiff\w*|elasticity|flexib\w*|circulat\w*|strokes?|blood pressure|hypertension|cholesterol|triglycerides?|blood lipids|lipid (?:levels|profiles?)|calcium scores?|cac scores?|arrhythmi\w*|atrial fibrillation|heart failure|aneurysms?|veins?|varicose|blood flow|blood supply|clot\w*|coagul\w*|(?:thin|thick)\w* (?:your |the )?blood|bleed\w*|blood thinners?|anticoagul\w*|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|heparin|acenocoumarol|phenprocoumon|inr|anemi\w*|anaemi\w*`;
/** Immunity, infection and inflammation. */
const DEFENCE = String.raw`immun\w*|infect\w*|viral|virus\w*|pathogen\w*|antimicrobial|antibiotics?|antibacterial|antiviral|bacteria\w*|covid\w*|flu|influenza|respiratory|colds?|sick\w*|unwell|(?:get|gets|getting|fall|falls|falling|became|become) ill|catch\w* (?:\w+ ){0,2}bugs?|(?:tummy|stomach|winter) bugs?|sniffles|runny nose|sneez\w*|coughs?|sore throats?|sinus\w*|pneumonia|tuberculosis|sepsis|autoimmun\w*|inflamm\w*|swelling|(?<!(?:soy|nut|peanut|gluten|dairy|milk|fish|shellfish|egg|wheat|food|ingredient) )allerg\w*|hay fever|hives|asthma|lupus|multiple sclerosis|crohn\w*|colitis|celiac|coeliac|defen[cs]es?|lungs?|airways?`;
/** Brain, nerves, mood and sleep. */
const MIND = String.raw`mood|moods|spirits|depress\w*|serotonin|dopamine|anxiety|anxious|stress(?!\s+(?:that|the|how|why))\w*|mental|emotional|well-being|wellbeing|seasonal affective|winter blues|brain|cognit\w*|dementia|alzheimer\w*|parkinson\w*|memory|focus and concentration|concentration and focus|ability to (?:focus|concentrate)|mental focus|attention span|adhd|autism|learning (?:difficulties|disabilities)|alertness|brain fog|neuro\w*|nerves?|nervous system|neuropath\w*|sleep\w*|insomnia|restless legs?|headaches?|migraines?|dizziness|vertigo|tinnitus|hearing loss`;
/** Energy, muscle and physical performance. */
const VIGOUR = String.raw`energy|energi[sz]\w*|fatigue|tired\w*|exhaust\w*|vitality|stamina|endurance|mitochondri\w*|muscles?|muscular|(?:muscle|grip|physical|bone) strength|stronger|recovery|recover|athlet\w*|(?:sports?|athletic|physical|exercise) performance|workouts?|exercise|falls|frailty|sarcopenia|mobility|cramps?|pain|painful|aches?|aching|soreness|spasms?|muscle weakness`;
/** Hormones, reproduction and the stages of a woman's or man's life. */
const HORMONES = String.raw`testosterone|(?:total|free) t(?![\p{L}\p{N}])|testes|testic\w*|hormon(?:al|es)|hormone (?:balance|production|levels?|health|regulation|function)|(?:o)?estrogen\w*|progesterone|steroidogenesis|thyroid|hashimoto\w*|adrenal\w*|menopaus\w*|perimenopaus\w*|postmenopaus\w*|hot (?:flushes|flashes)|night sweats|menstrua\w*|(?:menstrual|painful|heavy|irregular) periods?|period pain|pms|pcos|polycystic|ovar\w*|ovulat\w*|fertility|infertil\w*|conceiv\w*|conception|ivf|embryos?|implantation|pregnan\w*|miscarriage|pre-?eclampsia|preterm|birth weight|breastfe\w*|lactat\w*|libido|erectile|sexual|sperm|prostate|puberty|(?:healthy|normal|hair|bone|muscle|child\w*) growth|(?:baby'?s|child'?s|children'?s|brain|healthy|normal|fetal|foetal) development|growing (?:bones|children|kids|bodies)`;
/** Metabolism, weight and the organs that handle them. */
const METABOLISM = String.raw`insulin|glucose|diabet\w*|blood sugar|metabolic|metabolism|weight|obes\w*|belly fat|body fat|fat loss|waistline|lean mass|body composition|appetite|cravings|kidneys?|renal|dialysis|liver|fatty liver|pancrea\w*|digest\w*|gut|intestin\w*|bowel\w*|constipation|bladder|stones|(?:kidney|bladder|a) stone|thirst|nausea|vomiting|heartburn|acid reflux|indigestion|bloating|upset stomach|stomach upset`;
/** Skin, hair, eyes and looks: the appearance claims of beauty marketing. */
const APPEARANCE = String.raw`skin|wrinkl\w*|anti-?ag(?:e)?ing|premature aging|aging|ageing|collagen|complexion|glow(?:ing (?:skin|complexion))?|radian\w*|youthful\w*|redness|rosacea|blemish\w*|eczema|psoriasis|acne|dermatitis|scars?|stretch marks|sagging|fine lines|age spots|pigment\w*|bruis\w*|dark circles|capillar\w*|wounds?|lacerations?|hair|hair loss|alopecia|nails|eye (?:health|disease)|eyes(?! of)|eyesight|dry eyes?|vision|retina\w*|macula\w*|cataracts?|glaucoma`;
/** Safety, deficiency and the proteins and genes through which D and K2 act. */
const MECHANISM = String.raw`toxic\w*|overdos\w*|overdo(?:ing|ne)?|backfir\w*|hypercalc\w*|side effects|adverse|antagonist|deficien\w*|insufficien\w*|absor\w*|osteocalcin|gla[\s-]?proteins?|mgp|(?:vitamin )?k-dependent (?:proteins?|enzymes?)|clotting factors?|carboxyl\w*|antioxidant\w*|free radicals|injur\w*|diseases?|disorders?|illness\w*|syndromes?|symptoms?|chronic|soft tissues?|genes?|gene expression|dna`;
/**
 * Conditions named by their medical suffix ("fibromyalgia", "neuropathy", "tendinitis"), so that a
 * condition no list names still counts; the everyday words with these endings are left out.
 */
const MEDICAL = String.raw`(?!(?:diagnosis|prognosis|hypnosis|symbiosis|osmosis|academia|nostalgia|empathy|sympathy|telepathy|homeopathy|naturopathy|osteopathy)(?![\p{L}]))\p{L}{2,}(?:itis|osis|iasis|algia|pathy|aemia|emia|penia|trophy)`;
/** Outcomes over a life: cancer, mortality, longevity. */
const LIFESPAN = String.raw`cancers?|tumou?rs?|antitumou?r|leuk\w*|mortality|death|surviv\w*|healthy aging|longevity|lifespan`;

/** Specific body systems, conditions, symptoms, life stages and looks: what a health claim is about. */
export const OUTCOME = `(?:${[SKELETON, CIRCULATION, DEFENCE, MIND, VIGOUR, HORMONES, METABOLISM, APPEARANCE, MECHANISM, MEDICAL, LIFESPAN].join('|')})`;

/**
 * A change in the body or a blood level, told by someone who took the vitamin: "my joint pain is
 * noticeably better", "haven't had a cold since", "gave me headaches".
 */
export const CHANGE =
  /\b(?:help\w*|improv\w*|better|gone|disappear\w*|no more|(?:haven't|have not|hasn't|never) (?:had|caught|been)|fewer|less|stopp\w*|cleared|clearer|slow\w*|reduc\w*|eas\w*|reliev\w*|boost\w*|stronger|(?:is|are|was|came|comes|coming|bounced|'s|’s) back|recover\w*|is real|works?|worked|fix\w*|cured?|heal\w*|lower(?!\s+back)\w*|rais\w*|normal|any ?more|no longer|lifted|risen|rose|dropped|fell|went (?:up|down)|stable|stabili[sz]ed|after (?:\w+ ){0,3}(?:weeks?|months?|years?)|(?:way|much|so much|far|a lot|noticeably) (?:more|less|better)|(?:isn't|aren't|wasn't|not) (?:\w+ ){1,2}(?:nearly )?as (?:much|bad|often)|gave me|made me|noticeably|since (?:i )?(?:start|began|switch)\w*|(?:way|much|so much) (?:up|down))\b/i;

/** Calcium and other minerals count only when the sentence also says how the body handles them. */
export const MINERAL = String.raw`(?:calcium|phosphorus|phosphate|minerals?)`;
/** What the body does with calcium: absorb it, direct it, deposit it. */
export const HANDLING = String.raw`(?:absor\w*|uptake|make use of|makes use of|use of|used (?:properly|correctly|effectively|efficiently|well)|properly|correctly|direct\w*|guid\w*|shuttl\w*|transport\w*|escort\w*|rout\w*|deposit\w*|deposition|accumulat\w*|build\w*|bind\w*|settl\w*|utili[sz]\w*|metabolism|regulat\w*|balance|manag\w*|homeostasis|placement|destination|where it belongs|right places?|proper (?:places?|areas)|where it(?:'s| is)? needed(?: most)?|where it needs to go|traffic\w*|cops?|levels?|keep\w*|move\w*|moving|put\w*|ends? up|out of|into|where|wherever|(?:in|into) the (?:blood|bloodstream)|too high|strand\w*|wrong (?:places?|tissues?)|lay|lays|laying|laid|park\w*|land\w*|lodg\w*|stuck|fix(?:es|ed|ing)?|incorporat\w*|anchor\w*|pathways?)`;

/** Verbs and adjectives that assert an effect or a role. */
export const EFFECT = String.raw`(?:support\w*|promot\w*|maintain\w*|maintenance|improv\w*|boost\w*|enhanc\w*|help\w*|aid\w*|strengthen\w*|build\w*|protect\w*|prevent\w*|reduc\w*|lower\w*|decreas\w*|increas\w*|rais\w*|fight\w*|combat\w*|regulat\w*|modulat\w*|direct\w*|activat\w*|ensur\w*|essential|crucial|vital|critical|important|key|necessary|needed|need|needs|requir\w*|role|roles|involved|responsible|contribut\w*|lead(?:s|ing)? to|caus\w*|linked|link|associated|correlat\w*|benefit\w*|beneficial|powerful|synerg\w*|complement\w*|amplif\w*|rel(?:y|ies|ied) on|interfer\w*|interact\w*|compet\w*|fight each other|treat\w*|cure\w*|heal(?:s|ed|ing)?|ease[sd]?|eas(?:ing)|reliev\w*|restor\w*|delay\w*|slow\w*|keep\w*|induc\w*|produc\w*|trigger\w*|influenc\w*|affect\w*|impact\w*|effects?|works?|acts?|function\w*|deliver\w*|transform\w*|optimi[sz]\w*|assist\w*|sooth\w*|calm\w*|lessen\w*|sharpen\w*|banish\w*|balanc\w*|alleviat\w*|mitigat\w*|revers\w*|rejuvenat\w*|nourish\w*|revitali[sz]\w*|shield\w*|defend\w*|ward\w* off|guard\w*|counter\w*|favou?rabl\w*|effective\w*|bioavailab\w*|bioactive|potent|look\w* after|take care of|ties|tied|lift\w*|safe|safety|tolerated|demonstrat\w*|show(?:s|n|ed|ing)?|prove[sdn]?|recommend\w*|evidence-based)`;

/** Statements about evidence: studies, trials, proof, guidelines. */
export const EVIDENCE = String.raw`(?:stud(?:y|ies)|data|the case (?:for|against)|research\w*|trials?|evidence|proven|proof|science|scientific\w*|scientists|clinically|clinical|meta-analys\w*|analys[ie]s|reviews?|guidelines?|experts?)`;

/** Foods that provide D or K2 (and "the diet" as a whole). */
const FOOD = String.raw`natto|cheeses?|gouda|edam|brie|emmental|jarlsberg|camembert|munster|cheddar|parmesan|curds?|dairy|milk|butter|ghee|eggs?|yolks?|liver|p[aâ]t[eé]|goose|chicken|beef|pork|meats?|offal|salami|sauerkraut|kimchi|kefir|fermented (?:foods?|soy\w*|vegetables|dairy)|soybeans?|fish|salmon|mackerel|sardines?|herring|trout|tuna|cod liver oil|mushrooms?|fortified \w+|cereals?`;
/** Words that say which foods are rich or poor in it: enough with "foods" or "the diet". */
const SOURCE = String.raw`(?:rich|richest|high|highest|best|top|main|good|great|poor|major|only|primary|excellent) (?:sources?|in)|sources? of|amounts?|quantities|traces?|richest|barely|rarely|scarce|absent|lacking|lacks`;
/** Words that say a named food supplies an amount. */
const SUPPLY = String.raw`packs?|packed|(?:has|have|holds?) (?:\w+ ){0,2}(?:more|less|most|plenty|lots)|hundreds|thousands|(?:best|top|great|good|richest)\s+(?:[\w-]+\s+)?for|contain\w*|provid\w*|suppl(?:y|ies|ied)|offer\w*|give[sn]?|deliver\w*|(?:rich|richest|high|highest|best|top|main|good|great|poor|major|only|primary|excellent) (?:sources?|in)|sources? of|amounts?|quantities|traces?|content|packed with|loaded with|richest|barely|rarely|scarce|absent|lacking|lacks`;
/** The forms of D and K that pages compare ("D3 over D2", "MK-7 than MK-4"). */
const FORM = String.raw`(?:d[\s-]?[23]|k[\s-]?[12]|mk[\s-]?[47]|ergocalciferol|cholecalciferol|phylloquinone|menaquinone[\w-]*|menatetrenone)(?![\p{L}\p{N}])`;
/** Medicines that change how D or K2 work in the body. */
const MEDICINE = String.raw`statins?|medications?|medicines?|drugs?|antibiotics?|corticosteroids?|steroids?|anticonvulsants?|antiepileptics?|orlistat|cholestyramine|bile acid sequestrants?|diuretics?|thiazides?|digoxin|prednisone|rifampicin`;

/** Categories of claim that need no body word: sources, deficiency, sunlight, dose, forms' kinetics. */
export const CATEGORY: readonly { readonly source: string; readonly reason: string }[] = [
  {
    // "Natto is by far the richest source of MK-7", "aged cheeses supply meaningful amounts of
    // menaquinones": a named food and a word of supply, wherever they sit in the sentence.
    // "Take with food" is a direction, so food and diet in general need a word of richness.
    source: String.raw`(?:${FOOD})(?![\p{L}\p{N}])[^.]{0,120}(?<![\p{L}\p{N}])(?:${SUPPLY})|(?:${SUPPLY})(?![\p{L}\p{N}])[^.]{0,120}(?<![\p{L}\p{N}])(?:${FOOD})|(?:foods?|diets?)(?![\p{L}\p{N}])[^.]{0,120}(?<![\p{L}\p{N}])(?:${SOURCE})|(?:${SOURCE})(?![\p{L}\p{N}])[^.]{0,120}(?<![\p{L}\p{N}])(?:foods?|diets?)`,
    reason: 'says which foods provide it',
  },
  {
    source: String.raw`(?:found|finds?|present|abundant|predominant|plentiful|concentrated|occurs?|available|common)\s+(?:\w+\s+){0,5}in\s+(?:\w+[\s,]+){0,5}(?:foods?|diets?|natto|fermented|cheeses?|dairy|eggs?|yolks?|butter|meats?|liver|offal|organ meats|animal|leafy|greens|vegetables|fish|milk|yogh?urts?|soy\w*)`,
    reason: 'says which foods provide it',
  },
  {
    source: String.raw`(?:foods?|natto|cheeses?|dairy|eggs?|yolks?|butter|fish|milk)[\s,]+(?:\w+[\s,]+){0,4}(?:contain\w*|provid\w*|(?:are|is) (?:rich|high|good sources?))|(?:rich|high) in (?:vitamin|k2|d3|mk)|(?:good|great|rich|main|best|natural|excellent|major|only|primary|few)\s+(?:food\s+)?sources?\s+of|sources? of [^:]{2,30}:\s*\w|few foods|fortified|through (?:food|diet)|from (?:food|the diet|your diet|diet)|(?:get|obtain|meet|consum)\w*\s+(?:\w+\s+){0,5}(?:from|through|in)\s+(?:the\s+|your\s+|their\s+|a\s+)?(?:foods?|diets?)`,
    reason: 'says how hard or easy it is to get from food',
  },
  {
    source: String.raw`(?:sunlight|sunshine(?! vitamin)|sun exposure|the sun|(?:midday|summer|winter|morning|afternoon|direct|strong|weak)\s+sun|in the sun|uvb|ultraviolet|(?:produced|made|synthesi[sz]\w*|formed|generated) in (?:the|your|our) skin|(?:own|endogenous|skin's|body's) (?:production|synthesis)|skin (?:naturally )?(?:produces|makes|synthesi[sz]es))`,
    reason: 'says how the body makes it from sunlight',
  },
  {
    source: String.raw`(?:deficien\w*|insufficien\w*|inadequate|without (?:enough |adequate |sufficient )?(?:vit\w*|k2|d3|mk[\s-]?\d|it|them)|missing (?:from|in)|elusive|low (?:[\w-]+\s+){0,3}(?:levels?|status)|lower (?:blood )?levels|widespread|(?:most|many) people (?:[\w']+ ){0,3}(?:lack|are low|run low|don't get|do not get|don't have|do not have|have (?:low|little|no)|aren't getting|are not getting|fall short|need more|are deficient)|\d+\s?% of|(?:don't|do not|doesn't|does not|never|rarely|few of us) (?:\w+ ){0,2}(?:eat|get|consume|make)\w* enough|(?:intakes?|diets?)(?![\p{L}])[^.]{0,60}(?<![\p{L}])(?:low|poor|lacking)(?![\p{L}])|low in|(?:million|billion)\s+(?:people|adults|children|americans|europeans)|(?:have|has|had|with)\s+(?:low|insufficient|inadequate)\s+(?:vit\w*|d|k|levels?|status)(?![\p{L}])|hard to get|difficult to (?:get|obtain|meet)|impossible to get|challenging to get|hard \w+ to get|not getting enough)`,
    reason: 'says how common a shortfall is',
  },
  {
    source: String.raw`(?:synerg\w*|complement\w* each other|complementary|collaborat\w*|co-pilot|(?:as a|one) team|team(?:s|ed)? up|teamwork|(?:take|taking|combin\w*|pair\w*) (?:them|both|the two) together|them together|(?:works?|acts?|partners?|teams? up)\s+(?:\w+\s+){0,2}with\s+(?:vit\w*\.?\s*)?(?:d|k|d3|k2|mk[\s-]?\d)(?![\p{L}\p{N}])|(?:go|goes|belong) together|(?:should|must|need to|best|ideally) (?:always )?be (?:taken|used|given|combined|paired) together|(?:(?:never|not) (?:be )?(?:taken|used|given|supplemented) without|(?:must|should) (?:always )?be (?:taken|used|given|combined|paired) with) (?:vit\w*\.?\s*)?(?:k|d|k2|d3|mk[\s-]?\d|menaquinone\w*|cholecalciferol)(?![\p{L}\p{N}])|(?:never|don't|do not|shouldn't|should not)\s+take\s+(?:[\w-]+\s+){0,2}(?:on its own|by itself|alone|without)|makes? (?:the|this|that) (?:\w+ )?(?:stack|combination|combo|pair|duo|formula) work|(?:pair|combin|bundl)\w* them|work\w* (?:\w+ )?together|better together|combin\w*[^.]{0,60}(?:enhanc|amplif|boost|more effective|greater)|neither[^.]{0,40}alone)`,
    reason: 'says the vitamins work together',
  },
  {
    source: String.raw`(?:rais\w*|lift\w*|elevat\w*|push\w*|maintain\w*|increas\w*|boost\w*|improv\w*|restor\w*|optimi[sz]\w*|correct\w*)\s+(?:[\w()-]+\s+){0,4}?(?:levels?|status|concentrations?|25[\s-]?\(?oh\)?[\s-]?d\d?)|levels?\s+up|levels?\s+(?:of\s+)?(?:[\w()-]+\s+){0,6}?(?:drop|drops|dropped|fall|falls|fell|rise|rises|rose|climb\w*)(?![\p{L}])|(?:back|brought|got|get|gets|put)\s+(?:\w+\s+){0,2}(?:in|into|to|within)\s+(?:the\s+)?(?:normal|healthy|optimal|sufficient|target)\s+range`,
    reason: 'says how it changes blood levels',
  },
  {
    source: String.raw`(?:risks?|harm\w*|dangers?|dangerous|unsafe|safer|less safe|(?:is|are|considered|generally|very|perfectly|remarkably)\s+(?:\w+\s+)?safe|well[\s-]tolerated|non-toxic|activat\w*\s+(?:[\w-]+\s+){0,3}(?:proteins?|enzymes?|osteocalcin|mgp))`,
    reason: 'says it carries risks or acts on proteins in the body',
  },
  {
    // "The dose matches what the Endocrine Society suggests": what a health authority advises.
    source: String.raw`(?:endocrine society|institute of medicine|iom|efsa|nhs|world health organi[sz]ation|nih|national academ\w*|health authorities|public health \w+|uspstf|sacn|eular|guidelines?|doctors'?)(?![\p{L}\p{N}])[^.]{0,80}(?<![\p{L}\p{N}])(?:recommend\w*|suggest\w*|advis\w*|advice|guidance|limits?|sets?|doses?|intakes?|mention\w*|includ\w*|endorse\w*|requir\w*)|(?:part of|included in|absent from|missing from|not in)\s+(?:\w+\s+){0,2}guidelines?|guideline care|optional extra|an add-on|(?:recommend\w*|suggest\w*|advis\w*|advice|guidance|limits?|doses?|intakes?)(?![\p{L}\p{N}])[^.]{0,80}(?<![\p{L}\p{N}])(?:endocrine society|institute of medicine|iom|efsa|nhs|world health organi[sz]ation|nih|national academ\w*|health authorities|uspstf|sacn)`,
    reason: 'says what a health authority advises',
  },
  {
    // "This combination can be beneficial for many people": a benefit to a group of people.
    source: String.raw`(?:beneficial|benefits?|helpful|ideal|perfect|useful|advisable|(?:a )?good idea|worthwhile|a must|must-haves?|essential|recommended)\s+(?:\w+\s+)?(?:for|to)\s+(?:many|most|all|some|older|elderly|everyone|people|adults|women|men|children|kids|seniors|those|anyone)(?![\p{L}\p{N}])`,
    reason: 'says whom it benefits',
  },
  {
    // "Statins lower the body's own K2", "steroids block vitamin D": a medicine that changes it.
    source: String.raw`(?:${MEDICINE})(?![\p{L}\p{N}])[^.]{0,80}(?<![\p{L}\p{N}])(?:lower\w*|reduc\w*|deplet\w*|block\w*|inhibit\w*|decreas\w*|increas\w*|rais\w*|weaken\w*|cancel\w*|break\w* down|speed\w* up|impair\w*)|(?:lower\w*|reduc\w*|deplet\w*|block\w*|inhibit\w*|impair\w*)[^.]{0,80}(?<![\p{L}\p{N}])(?:${MEDICINE})`,
    reason: 'says a medicine changes it or how it works',
  },
  {
    source: String.raw`(?:interfer\w*|interact\w*|compet\w* with|deplet\w*|counteract\w*|antagoni[sz]\w*)`,
    reason: 'says a medicine or nutrient interacts with it',
  },
  {
    source: String.raw`(?:\d[\d,.]*\s*(?:-\s*\d[\d,.]*\s*)?(?:mcg|µg|μg|micrograms?|iu|mg|milligrams?)\b.{0,60}\b(?:daily|a day|per day|each day|/day)|(?:recommended|daily|adequate|optimal|upper)\s+(?:\w+\s+){0,2}(?:dose|dosage|intake|amount|limit|level)s?|(?:dose|dosage|amount)s?\s+of\s+\d|upper limit|tolerable|ceiling|\d[\d,.]*\s*(?:-|to)\s*\d[\d,.]*\s*(?:mcg|µg|μg|micrograms?|iu)\b|(?:per|for every|for each|to every)\s+\d[\d,.]*\s*(?:iu|mcg|µg|μg|mg)\b|dos(?:ing|age)\s*:|(?:a|the)\s+(?:sensible|safe|typical|standard|effective|right|maintenance|loading|therapeutic)\s+dose|\d+\s*(?:ng/ml|nmol/l)|(?:recommend\w*|suggest\w*|advis\w*|prescrib\w*|aim for|stick to|stay (?:under|below))[^.]{0,60}?\d[\d,.]*\s*(?:-\s*\d[\d,.]*\s*)?(?:mcg|µg|μg|micrograms?|iu|mg)\b)`,
    reason: 'states a dose or an intake level',
  },
  {
    source: String.raw`(?:half[\s-]?life|bioavailab\w*|bioactive|(?:more|less|twice|three times|\w+ times)\s+(?:as\s+)?(?:potent|effective|bioavailable|absorbable|powerful|active)|long-lasting|(?:lasts?|stays?|remains?|lingers?|persists?|circulat\w*|clear(?:s|ed)|eliminat\w*|excret\w*|gone|disappear\w*|peaks?|peaked)\s+(?:[\w-]+\s+){0,9}(?:hours|days|weeks)|(?:cleared|eliminated|excreted|metaboli[sz]ed)\s+(?:very\s+)?(?:quickly|rapidly|slowly|fast)|short[\s-]lived|(?:lasts?|stays?|remains?|circulates?|active)\s+(?:\w+\s+)?longer|steady[\s-]state|steady (?:blood )?levels|stays? in the (?:body|blood)|(?:larger|higher|lower|smaller) (?:doses|dosages|amounts))`,
    reason: 'compares how well the forms are absorbed or how long they last',
  },
  {
    // "D3 over D2", "handles D3 better than D2", "MK-7 beats MK-4": a verdict between the forms.
    source: String.raw`(?:more|less|better|worse|faster|slower|further|longer|higher|lower|larger|smaller|greater|bigger|superior|inferior|preferable|preferred|beats?|outperforms?)\s+(?:[\w()-]+\s+){0,6}?(?:than|to|over)\s+(?:(?:an?|the)\s+(?:equal|same|similar|comparable)\s+(?:dose|amount)\s+of\s+)?(?:vitamin\s+|vit\.?\s*)?${FORM}|(?:choose|chose|prefer|pick|use|take|recommend)\w*\s+(?:[\w-]+\s+){0,2}?(?:vitamin\s+)?${FORM}\s+(?:over|instead of|rather than)\s+(?:vitamin\s+)?${FORM}|${FORM}\s+(?:over|instead of|rather than|vs\.?|versus)\s+(?:vitamin\s+)?${FORM}\s+because`,
    reason: 'compares the forms of the vitamin',
  },
];
