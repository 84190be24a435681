import type { Source } from '../schema';

// The trials, reviews, guidelines and agency pages the catalogue's grades rest on, each once,
// with a link a reader can follow and what it found in our words. Entries pick from these.
// `seed` names the one of our five source documents that discusses the study, where one does.

/** VITAL: 25,871 US adults, 2,000 IU D3 a day for about five years. */
export const VITAL: Source = {
  name: 'VITAL trial (Manson et al., NEJM 2019)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/30415629/',
  finding:
    '2,000 IU of vitamin D3 a day for a median 5.3 years did not lower cancer or major heart events (heart attack, stroke, cardiovascular death) in 25,871 healthy older US adults.',
};

/** VITAL's depression study. */
export const VITAL_DEP: Source = {
  name: 'VITAL-DEP (Okereke et al., JAMA 2020)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/32749491/',
  finding:
    '2,000 IU of vitamin D3 a day for about five years did not prevent depression or improve mood scores in 18,353 adults aged 50 and over.',
};

/** VITAL's fracture study. */
export const VITAL_FRACTURES: Source = {
  name: 'VITAL fracture study (LeBoff et al., NEJM 2022)',
  url: 'https://doi.org/10.1056/NEJMoa2202106',
  finding:
    '2,000 IU of vitamin D3 a day did not lower fractures in 25,871 healthy midlife and older adults who were not selected for low vitamin D or osteoporosis.',
};

/** D-Health: 21,315 Australians aged 60 to 84, 60,000 IU a month for up to five years. */
export const D_HEALTH: Source = {
  name: 'D-Health trial (Neale et al., Lancet Diabetes Endocrinol 2022)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/35026158/',
  finding:
    '60,000 IU of vitamin D3 a month for up to five years did not lower deaths from any cause in 21,315 Australians aged 60 to 84.',
};

/** D-Health's cardiovascular paper. */
export const D_HEALTH_HEART: Source = {
  name: 'D-Health cardiovascular events (Thompson et al., BMJ 2023)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/37380191/',
  finding:
    'Monthly vitamin D3 gave a small, uncertain drop in heart attacks and heart procedures but no clear effect on major cardiovascular events overall; the authors call it a signal to test, not a reason to supplement.',
};

/** AVADEC, the D3 + K2 trial in older men, on the aortic valve. */
export const AVADEC: Source = {
  name: 'AVADEC trial (Diederichsen et al., Circulation 2022)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/35465686/',
  finding:
    '720 µg of MK-7 with 25 µg of vitamin D3 a day for two years did not slow aortic valve calcification in 365 older men who already had it.',
  seed: '001_2d378ed62aa9e527.txt',
};

/** AVADEC's coronary artery paper. */
export const AVADEC_CORONARY: Source = {
  name: 'AVADEC coronary study (Hasific et al., JACC Advances 2023)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/38938724/',
  finding:
    'In 304 older men, two years of K2 with D3 did not significantly slow coronary calcification overall. Men with a high calcium score progressed more slowly and there were fewer events; the authors call both hypothesis-generating.',
  seed: '001_2d378ed62aa9e527.txt',
};

/** AVADEC's inflammation paper, as our sources describe it. */
export const AVADEC_INFLAMMATION: Source = {
  name: 'AVADEC inflammation study (Hasific et al., Atherosclerosis 2025)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/41100911/',
  finding:
    'In 388 older men, two years of high-dose K2 with D3 lowered inactive matrix Gla protein; our sources report no effect on the inflammation of the fat around the heart or on inflammatory markers in the blood.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};

/** The USPSTF's 2018 recommendation on fracture prevention. */
export const USPSTF_FRACTURES: Source = {
  name: 'USPSTF recommendation on fracture prevention (2018)',
  url: 'https://uspreventiveservicestaskforce.org/Page/Document/draft-recommendation-statement/vitamin-d-calcium-or-combined-supplementation-for-the-primary-prevention-of-fractures-in-adults-preventive-medication',
  finding:
    'Recommends against daily 400 IU or less of vitamin D with 1,000 mg or less of calcium to prevent fractures in postmenopausal women living at home; too little evidence for higher doses or for men.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};

/** The USPSTF's 2024 draft on vitamin D for falls and fractures. */
export const USPSTF_2024_DRAFT: Source = {
  name: 'USPSTF draft recommendation on falls and fractures (December 2024)',
  url: 'https://uspreventiveservicestaskforce.org/uspstf/index.php/draft-recommendation/vitamin-d-calcium-combined-supplementation-primary-prevention-falls-fractures-communitydwelling-adults',
  finding:
    'Recommends against vitamin D, with or without calcium, to prevent fractures or falls in postmenopausal women and men over 60 living at home; it does not apply to people with osteoporosis or a deficiency.',
};

/** The USPSTF's 2018 recommendation on falls. */
export const USPSTF_FALLS: Source = {
  name: 'USPSTF recommendation on preventing falls (JAMA 2018)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/29710141/',
  finding:
    'Recommended against vitamin D to prevent falls in adults 65 and over living at home, because trials showed no benefit; exercise is recommended instead.',
};

/** The Endocrine Society's 2024 guideline. */
export const ENDOCRINE_2024: Source = {
  name: 'Endocrine Society guideline on vitamin D (Demay et al., JCEM 2024)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/38828931/',
  finding:
    'Advises against routine vitamin D testing and sets no target blood level for healthy people; suggests extra vitamin D only for children, adults over 75, pregnancy and prediabetes.',
};

/** The Institute of Medicine's 2011 intakes and limits. */
export const IOM_2011: Source = {
  name: 'Institute of Medicine, Dietary Reference Intakes for Calcium and Vitamin D (2011)',
  url: 'https://www.nap.edu/catalog/13050/dietary-reference-intakes-for-calcium-and-vitamin-d',
  finding:
    'Sets the tolerable upper intake of vitamin D at 4,000 IU (100 µg) a day for anyone 9 and older, and lower for children: 1,000 IU to 6 months, 1,500 IU to 12 months, 2,500 IU at 1-3 years, 3,000 IU at 4-8 years.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};

/** NIH Office of Dietary Supplements, vitamin D. */
export const ODS_D: Source = {
  name: 'NIH Office of Dietary Supplements: vitamin D fact sheet',
  url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
  finding:
    'Summarises what vitamin D does (calcium absorption, bone), where it comes from (sunlight, few foods), how common low levels are, and the upper limits; too much causes high blood calcium.',
  seed: '001_2d378ed62aa9e527.txt',
};

/** NIH Office of Dietary Supplements, vitamin K. */
export const ODS_K: Source = {
  name: 'NIH Office of Dietary Supplements: vitamin K fact sheet',
  url: 'https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/',
  finding:
    'Vitamin K is needed for blood clotting and bone proteins; K2 comes from natto, cheese, eggs and meat; no upper limit is set; vitamin K can weaken warfarin.',
};

/** Knapen 2015: MK-7 and arterial stiffness. */
export const KNAPEN_2015: Source = {
  name: 'Knapen et al., Thrombosis and Haemostasis 2015',
  url: 'https://pubmed.ncbi.nlm.nih.gov/25694037/',
  finding:
    'In 244 healthy postmenopausal women, 180 µg of MK-7 a day for three years lowered arterial stiffness (a vessel measurement), mostly in women whose arteries were stiffest; heart events were not studied.',
};

/** Knapen 2013: MK-7 and bone loss. */
export const KNAPEN_2013: Source = {
  name: 'Knapen et al., Osteoporosis International 2013',
  url: 'https://pubmed.ncbi.nlm.nih.gov/23525894/',
  finding:
    'In the same women, 180 µg of MK-7 a day slowed the fall in bone density at the spine and hip over three years; fractures were not an outcome.',
};

/** Cockayne 2006: vitamin K and fractures. */
export const COCKAYNE_2006: Source = {
  name: 'Cockayne et al., Archives of Internal Medicine 2006',
  url: 'https://pubmed.ncbi.nlm.nih.gov/16801507/',
  finding:
    'A meta-analysis of mostly Japanese trials: MK-4 at 45 mg a day, far above any supplement dose, lowered fractures. In 2018 the journal warned that some of those trials are unreliable, and a 2019 update found smaller effects.',
  seed: '002_e4882ffecf233a35.txt',
};

/** Theuwissen 2013: small MK-7 doses and warfarin-type anticoagulants. */
export const THEUWISSEN_2013: Source = {
  name: 'Theuwissen et al., Journal of Thrombosis and Haemostasis 2013',
  url: 'https://doi.org/10.1111/jth.12203',
  finding:
    'In people on a vitamin K antagonist, MK-7 doses as low as 10-20 µg a day changed the INR, the clotting test that warfarin doses are set by.',
};

/** Jolliffe 2021: vitamin D and respiratory infections. */
export const JOLLIFFE_2021: Source = {
  name: 'Jolliffe et al., Lancet Diabetes & Endocrinology 2021',
  url: 'https://research.birmingham.ac.uk/portal/en/publications/vitamin-d-supplementation-to-prevent-acute-respiratory-infections-systematic-review-and-metaanalysis-of-aggregate-data-from-randomised-controlled-trials(7bdedbc1-b7b9-4f80-b3d5-4373216c9c97).html',
  finding:
    'Pooling 37 trials, vitamin D slightly lowered the chance of at least one respiratory infection (odds about 8% lower), mainly with small daily doses; the effect is small and some trials found none.',
};

/** CORONAVIT: test-and-treat vitamin D against COVID-19. */
export const CORONAVIT: Source = {
  name: 'CORONAVIT trial (Jolliffe et al., BMJ 2022)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/36215226/',
  finding:
    'Offering vitamin D tests and 800 or 3,200 IU a day to people with low levels did not reduce COVID-19 or other respiratory infections over six months.',
};

/** Schurgers 2007: MK-7's half-life. */
export const SCHURGERS_2007: Source = {
  name: 'Schurgers et al., Blood 2007',
  url: 'https://doi.org/10.1182/blood-2006-08-040709',
  finding:
    'MK-7 from natto stayed in the blood for days (a half-life of about three days) while vitamin K1 was gone within hours, so MK-7 builds up higher levels with daily use.',
  seed: '000_205bc296aff7d109.txt',
};

/** Sato 2012: MK-4 against MK-7. */
export const SATO_2012: Source = {
  name: 'Sato et al., Nutrition Journal 2012',
  url: 'https://pubmed.ncbi.nlm.nih.gov/23140417/',
  finding:
    'A nutritional dose of MK-7 raised blood levels well, while the same dose of MK-4 was not detectable in the blood.',
};

/** Tripkovic 2012: D3 against D2. */
export const TRIPKOVIC_2012: Source = {
  name: 'Tripkovic et al., American Journal of Clinical Nutrition 2012',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3349454/',
  finding: 'A meta-analysis of trials: vitamin D3 raised blood 25(OH)D levels more than vitamin D2 did.',
};

/** Dawson-Hughes 2015: vitamin D taken with fat. */
export const DAWSON_HUGHES_2015: Source = {
  name: 'Dawson-Hughes et al., Journal of the Academy of Nutrition and Dietetics 2015',
  url: 'https://doi.org/10.1016/j.jand.2014.09.014',
  finding:
    'A single dose of vitamin D3 taken with a meal containing fat was absorbed about a third better than with a fat-free meal.',
};

/** Jackson 2006: the Women's Health Initiative calcium and vitamin D trial. */
export const WHI_2006: Source = {
  name: "Women's Health Initiative (Jackson et al., NEJM 2006)",
  url: 'https://uthsc.pure.elsevier.com/en/publications/calcium-plus-vitamin-d-supplementation-and-the-risk-of-fractures',
  finding:
    '400 IU of vitamin D3 with 1,000 mg of calcium a day for seven years did not significantly lower fractures in 36,282 postmenopausal women, and kidney stones were more common.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};

/** Bischoff-Ferrari 2012: dose and fracture prevention. */
export const BISCHOFF_FERRARI_2012: Source = {
  name: 'Bischoff-Ferrari et al., NEJM 2012 (summary by the ASBMR)',
  url: 'https://www.asbmr.org/publications/field/archive.aspx?cid=ab8434a5-2619-4de6-9449-5ab05a2f641d',
  finding:
    'Pooling trials of people 65 and over, only the highest actual intakes (800 IU a day or more) lowered hip and other fractures, by about 30% and 14%.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};

/** DO-HEALTH: 2,000 IU in healthy older Europeans. */
export const DO_HEALTH: Source = {
  name: 'DO-HEALTH trial (Bischoff-Ferrari et al., JAMA 2020)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/33170239/',
  finding:
    '2,000 IU of vitamin D3 a day for three years did not improve blood pressure, physical performance, fractures other than of the spine, memory or infections in 2,157 healthy adults over 70.',
};

/** Beaudart 2014: vitamin D and muscle. */
export const BEAUDART_2014: Source = {
  name: 'Beaudart et al., Journal of Clinical Endocrinology & Metabolism 2014',
  url: 'https://pubmed.ncbi.nlm.nih.gov/25033068/',
  finding:
    'A meta-analysis of 30 trials: vitamin D gave a small gain in muscle strength, larger in older people and those with low levels, and no change in muscle mass or power.',
};

/** D2d: vitamin D and type 2 diabetes. */
export const D2D_2019: Source = {
  name: 'D2d trial (Pittas et al., NEJM 2019)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/31173679/',
  finding:
    '4,000 IU of vitamin D3 a day did not significantly lower the chance of developing type 2 diabetes in 2,423 adults with prediabetes.',
};

/** Nowak 2016: vitamin D and fatigue. */
export const NOWAK_2016: Source = {
  name: 'Nowak et al., Medicine 2016',
  url: 'https://pubmed.ncbi.nlm.nih.gov/28033244/',
  finding:
    'In 120 young adults with low vitamin D and fatigue, one large dose of D3 improved tiredness scores more than placebo over four weeks; a single small trial.',
};

/** The EU's register of authorised health claims. */
export const EU_CLAIMS: Source = {
  name: 'EU authorised health claims (Regulation 432/2012)',
  url: 'https://www.legislation.gov.uk/eur/2012/432/annex',
  finding:
    'Allows products to say vitamin D contributes to normal bones, teeth, muscle function, calcium absorption and immune function, and vitamin K to normal blood clotting and bones: claims about normal function, not about preventing disease.',
};

/** EFSA's 2009 opinion on vitamin K claims. */
export const EFSA_K_2009: Source = {
  name: 'EFSA opinion on vitamin K health claims (2009)',
  url: 'https://doi.org/10.2903/j.efsa.2009.1228',
  finding:
    'Accepted that vitamin K is needed for normal blood clotting and normal bones, but found too little evidence that vitamin K2 keeps the heart and blood vessels healthy.',
};

/** Aydogan 2024: D3 with K2 added to gum-disease treatment. */
export const AYDOGAN_2024: Source = {
  name: 'Aydogan et al., Oral Diseases 2024',
  url: 'https://doi.org/10.1111/odi.15147',
  finding:
    'In 38 people with diabetes and gum disease, adding vitamin D3 with K2 to periodontal treatment gave little or no extra benefit for the gums or inflammation.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};

/** Varlihan: K2 with D3 in rat bone defects. */
export const RAT_BONE_DEFECTS: Source = {
  name: 'Varlıhan et al., Journal of Periodontology (rat study)',
  url: 'https://doi.org/10.1002/jper.11372',
  finding:
    'In rats with holes drilled in the skull bone, vitamins K2 and D3 helped the bone grow back; an animal study.',
  seed: '003_2b1a0b5e5585a4b8.txt',
};
