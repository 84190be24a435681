import type { Entry } from '../schema';
import { UNREVIEWED_TOPIC } from './patterns';

const REVIEWED = '2026-11-21';

/** Claims about where D and K2 come from, their forms, and how common a shortage is. */
export const forms: Entry[] = [
  {
    id: 'mk7-lasts-longer-than-mk4',
    claim: 'MK-7 lasts longer in the body than MK-4 (a longer half-life).',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'True: MK-7 stays in the blood much longer than MK-4.',
    explanation:
      'MK-7 has a much longer half-life than MK-4, which is cleared quickly; that is why MK-7 is taken once a day in micrograms while the MK-4 trials used milligram doses. This is about how long the vitamin stays in the blood. It does not show that either form prevents fractures or heart disease.',
    sources: [
      {
        seed: '000_205bc296aff7d109.txt',
        cites: 'The MK-7 form is generally preferred due to its longer half-life',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Japanese trials used high-dose MK-4 (45 mg) versus 45-90 mcg of MK-7',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'mk7-half-life',
        all: [
          '{K2}',
          String.raw`(?:half[\s-]?li(?:fe|ves)|long(?:er)?[\s-]lasting|(?:last|stay|remain|linger|persist|circulat)\w* (?:\S+ ){0,8}(?:longer|hours|days|weeks)|lingers?|(?:cleared|eliminated|gone|excreted|disappears?) (?:\S+ ){0,4}(?:hours|quickly|rapidly|fast)|(?:steady|stable|constant|consistent|even) (?:\S+ ){0,1}(?:blood |serum |plasma )?levels|steady[\s-]state|{K2} (?:\S+ ){0,1}accumulat\w*|bioavailab\w*|bioactiv\w*|better absorbed|absorbed better|24[\s-]hours?)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 10,
        reason: 'Names a K2 form with its half-life, duration or bioavailability.',
      },
    ],
    examples: [
      'MK-7 has a half-life of about 3 days, while MK-4 lasts only a few hours.',
      'The MK-7 form of K2 is generally preferred due to its longer half-life.',
      'MK-7 is the most bioavailable and long-lasting form of vitamin K2.',
      'MK-7 stays in circulation for about three days.',
      'MK-7 circulates in the blood for days, while MK-4 is cleared within hours.',
      'Thanks to its long half-life, MK-7 gives steady blood levels from one capsule a day.',
      'MK-7 has a half-life of roughly 72 hours, which is why a single daily capsule keeps blood levels stable.',
    ],
  },
  {
    id: 'k2-food-sources',
    claim: 'K2 comes from fermented foods such as natto and some cheeses, and from animal foods.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'True: fermented foods such as some cheeses are rich in K2; egg yolk and butter hold a little.',
    explanation:
      'K2 is made by bacteria, so it is found in fermented foods such as certain cheeses and natto (fermented soybeans), and in small amounts in egg yolks, butter and other animal foods. Vitamin K1, the main dietary form, comes from leafy greens instead. Many of the richest K2 foods are rare in North American diets, so intake varies widely.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'K2 in egg yolks and butter, and in fermented foods such as certain cheeses',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Institute of Medicine intakes mainly reflect vitamin K1 (phylloquinone) rather than K2',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k2-in-foods',
        all: [
          '{K}',
          String.raw`(?:natto|ferment\w*|chees\w*|brie|gouda|jarlsberg|edam|emmental|munster|egg yolks?|eggs|butter|dairy|yogh?urt|foods? (?:\S+ ){0,2}(?:rich\w*|high\w*) in|(?:richest|best|main|top|good|rich) (?:\S+ ){0,2}sources? of|(?:goose|beef|chicken|cows?|calf|pork|lamb) liver|liver p[aâ]t[eé]|organ meats?|offal|sauerkraut|animal (?:products|foods|fats?|fare|sources)|grass-fed|pasture\w*|meat)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 11,
        reason: 'Names vitamin K2 with the foods it is found in.',
      },
    ],
    examples: [
      'Vitamin K2 is found in fermented foods like natto and in some cheeses.',
      'Egg yolks and butter contain a small amount of K2.',
      'MK-7 is abundant in natto, a fermented soybean dish.',
      'Natto is the best food source of MK-7.',
      'Aged cheeses such as Gouda provide menaquinones.',
      'Foods rich in vitamin K2, such as natto, rarely feature in the Western diet.',
      "You'll find MK-4 in animal products such as egg yolks, liver and butter.",
    ],
  },
  {
    id: 'd-made-in-skin-from-sunlight',
    claim: 'The skin makes vitamin D3 in sunlight, and few foods contain it.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'True: sunlight is the main source; fatty fish and fortified foods are among the few others.',
    explanation:
      'Ultraviolet-B light turns a cholesterol relative in the skin into vitamin D3, so most people get most of their vitamin D from the sun. Few foods contain it naturally; fatty fish is one of the few, and some foods are fortified. Winter, little time outdoors and darker skin all cut how much the skin makes.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites:
          'Vitamin D is mostly derived from sun exposure; fatty fish is one of the very few food sources',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Assess vitamin D status in people with limited sun exposure',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-from-sun',
        all: ['{D}', String.raw`(?:sun\w*|uv-?b?|ultraviolet|7-dehydrocholesterol|sunshine)`],
        none: [UNREVIEWED_TOPIC],
        priority: 2,
        reason: 'Names vitamin D with sunlight or UV light as its source.',
      },
      {
        id: 'd-made-by-skin',
        all: [
          '{D}',
          String.raw`(?:skin (?:\S+ ){0,1}(?:makes?|making|produc\w*|synthesi[sz]\w*|creat\w*|forms?|generat\w*)|(?:made|produced|synthesi[sz]ed|formed|generated) (?:\S+ ){0,3}(?:in|by) (?:the |your )?skin)`,
        ],
        // Seasons and latitude are how the seeds explain winter lows; a skin condition is not.
        none: [UNREVIEWED_TOPIC],
        priority: 2,
        reason: 'Says the skin makes vitamin D, more or less of it with the season or the sun.',
      },
      {
        id: 'd-few-foods',
        all: [
          '{D}',
          String.raw`(?:(?:few|very few|not many|handful of) (?:\S+ ){0,2}(?:foods?|food sources|sources)|fatty fish|oily fish|fortified|hard to get (?:\S+ ){0,3}(?:food|diet)|(?:through|from) (?:food|diet) alone)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 2,
        reason: 'Names vitamin D and says few foods contain it.',
      },
    ],
    examples: [
      'Our skin naturally produces vitamin D3 when exposed to sunlight.',
      'Vitamin D3 is made in the skin when UVB light converts 7-dehydrocholesterol.',
      'Few foods contain vitamin D naturally, although some are fortified.',
      'In winter your skin makes far less vitamin D than in summer.',
      'Vitamin D is produced by the skin in response to sunlight.',
      'Oily fish such as salmon is one of the few natural sources of vitamin D.',
    ],
  },
  {
    id: 'd3-raises-blood-levels',
    claim: 'Vitamin D3 supplements raise and maintain blood vitamin D levels.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'True: D3 reliably raises 25(OH)D, which is why guidelines use it to treat deficiency.',
    explanation:
      'Vitamin D3 (cholecalciferol) taken by mouth raises the blood marker 25-hydroxyvitamin D, which is how deficiency is treated and monitored. The guideline summaries use D3 for treatment and suggest re-testing after about three months, when levels plateau. Our sources do not compare D3 with D2 (ergocalciferol) head to head.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Deficiency treated with cholecalciferol; monitor 25(OH)D after three months to allow plateau',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'D3 800 IU daily targeting serum 25(OH)D ≥30 ng/mL',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd3-raises-levels',
        all: [
          '{D}',
          String.raw`(?:rais\w*|maintain\w*|increas\w*|boost\w*|restor\w*|elevat\w*|improv\w*|correct\w*) (?:\S+ ){0,5}(?:levels?|status|concentrations?)`,
          String.raw`(?:blood\w*|serum|25[\s-]?\(?oh\)?|25-hydroxy\w*|plasma)`,
        ],
        none: [UNREVIEWED_TOPIC, '{CALCIUM}'],
        priority: 3,
        reason: 'Names vitamin D and says it raises or maintains blood vitamin D levels.',
      },
      {
        id: 'd-raises-25-oh-d',
        all: [
          '{D}',
          String.raw`(?:rais\w*|increas\w*|boost\w*|elevat\w*|restor\w*|improv\w*) (?:\S+ ){0,2}(?:serum |blood |plasma )?(?:25[\s-]?\(?oh\)?[\s-]?d\d?|25-hydroxy\w*)`,
        ],
        none: [UNREVIEWED_TOPIC, '{CALCIUM}'],
        priority: 13,
        reason: 'Names vitamin D and says it raises the blood marker 25(OH)D.',
      },
    ],
    examples: [
      'Vitamin D3 is more effective at raising and maintaining vitamin D levels in your bloodstream.',
      'Provides vitamin D3, effective in maintaining blood levels of 25-OH vitamin D.',
      'Daily cholecalciferol can restore low serum 25(OH)D levels.',
      'Supplementing with cholecalciferol raises serum 25(OH)D levels in the blood.',
    ],
  },
  {
    id: 'd-deficiency-common',
    claim: 'Low vitamin D is common, especially with little sun, in winter and with darker skin.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'Largely true for people with little sun, though most get enough from diet per the IOM.',
    explanation:
      'Low vitamin D levels are common in people who get little sun: in winter, indoors, in older age and with darker skin, which makes less vitamin D from the same light. The Institute of Medicine notes that most North Americans get enough from diet and sun, so "deficient" depends on who and where. A blood test tells you your own level.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'Vitamin D deficiency is common; vitamin D comes mostly from sun exposure',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'At-risk groups: elderly, chronic kidney disease, limited sun exposure; IOM: most get enough',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-low-levels-common',
        all: [
          '{D}',
          String.raw`(?:deficien\w*|insufficien\w*|low(?:er)? (?:\S+ ){0,2}(?:levels?|status)|low(?:er)? (?:in )?{D}|suboptimal|inadequate (?:levels?|status)|(?:make|makes|produce|produces|synthesi[sz]es?) less)`,
          String.raw`(?:common|widespread|many|most|millions|half|population|one in \w+|\d+ in \d+|affects?|\d+\s?%|majority|epidemic|prevalent|a lot of|billion|struggle|because|due to|dark(?:er)? skin|melanin|winter|indoors|elderly|older|aged? (?:over|70|65)|seniors|cover\w* up|covered|housebound|care homes?|(?:at |higher |greater |increased )risk|more likely|tend to)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 3,
        reason: 'Names vitamin D and says low levels or deficiency are common, or why they happen.',
      },
    ],
    examples: [
      'Vitamin D deficiency is common, especially in winter.',
      'Many people have insufficient levels of vitamin D3 because they get little sun.',
      'People with darker skin tend to have lower blood levels of vitamin D.',
      'People with darker skin, older adults and those who cover up are at higher risk of low vitamin D.',
      'Older adults make less vitamin D in their skin.',
      'Vitamin D insufficiency affects almost half the population.',
      'Vitamin D deficiency is more common in older people, those with darker skin and anyone who wears clothing that covers most of the skin.',
    ],
  },
  {
    id: 'k2-deficiency-common',
    claim: 'Most people are low in K2 because it is hard to get from food.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'unproven',
    verdict: 'There is no agreed test or threshold for K2 deficiency, so the figures are guesswork.',
    explanation:
      'K2 intake is low in diets without natto or certain cheeses, and researchers have suggested that low K2 status may be common. But there is no accepted blood test or cut-off for K2 deficiency, the intake values set by the Institute of Medicine mainly reflect vitamin K1, and a lack of vitamin K1 is rare. Figures like "80% are deficient" are not supported by our sources.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'Researchers "believe" inadequate K2 may be common; K1 deficiency is rare',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Institute of Medicine intakes primarily address vitamin K1 rather than K2',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k2-shortage-common',
        all: [
          '{K2}',
          String.raw`(?:deficien\w*|insufficien\w*|inadequate|not (?:\S+ ){0,2}enough|(?:\w+n't|rarely|seldom|never) (?:\S+ ){0,2}(?:eat|get|consume|have) (?:\S+ ){0,1}enough|hard (?:\S+ ){0,2}to (?:get|obtain|find)|difficult (?:\S+ ){0,2}to (?:get|obtain|meet)|challenging (?:\S+ ){0,2}to get|impossible (?:\S+ ){0,3}to get|missing|lacking|lack|low (?:\S+ ){0,3}(?:status|intake|levels?)|(?:intakes?|levels?|status) (?:\S+ ){0,4}(?:is|are) (?:\S+ ){0,3}low|(?:very|too|so) little (?:\S+ ){0,2}{K2}|not enough|don't (?:get|have)|do not (?:get|have)|detectable|rare in|scarce|(?:low|poor|lacking) in {K2}|few (?:people|of us|adults|americans|europeans) (?:\S+ ){0,2}(?:get|eat|consume|have)|(?:nobody|no one|hardly anyone|almost no one) (?:\S+ ){0,2}gets? enough|falls? short|\d+\s?(?:%|percent) (?:\S+ ){0,4}(?:deficient|short|lack\w*|insufficient))`,
        ],
        none: [UNREVIEWED_TOPIC],
        // Above the food rule: "few eat natto, so intakes are low" claims the shortage.
        priority: 12,
        reason: 'Names K2 and says most people lack it or cannot get it from food.',
      },
    ],
    examples: [
      'Shockingly, 80% of Americans are vitamin K2 deficient!',
      'Most people will find it difficult to meet their daily K2 needs through diet alone.',
      'Inadequate levels of vitamin K2 may be common in Western diets.',
      'Since few kids eat natto or hard cheese, many children may not be getting enough vitamin K2 for strong bones.',
      'Most people in the West get very little vitamin K2 from their diet.',
      'Almost nobody gets enough vitamin K2, and some estimate over 90% of adults fall short.',
    ],
  },
];
