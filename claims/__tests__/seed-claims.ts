// Every health claim sentence of the five seed documents in ../shared/seeds/, with the entry it
// must map to. `subject` is the D/K2 subject a sentence borrows from its heading or lead-in (the
// finder writes it in front of the sentence before matching), for sentences that do not name it.
// The sentences are copied verbatim, so the table stands on its own without the seed files.

/** One claim sentence of a seed document and the catalogue entry it must be graded with. */
export interface SeedClaim {
  /** The seed document's file name. */
  readonly seed: string;
  /** The sentence exactly as in the document. */
  readonly text: string;
  /** The id of the entry that must grade it. */
  readonly id: string;
  /** The subject carried from the heading or lead-in, when the sentence does not name D or K2. */
  readonly subject?: string;
}

/** The table: seed sentence to entry id. */
export const SEED_CLAIMS: readonly SeedClaim[] = [
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'Vitamin K2 plays a crucial role in enhancing the effectiveness of Vitamin D by ensuring that calcium is directed to the bones and teeth, rather than accumulating in soft tissues.',
    id: 'dk-better-than-d-alone',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'When considering the interaction between calcium and vitamin D intake, as discussed in a study published in the New England Journal of Medicine 1, it becomes clear that Vitamin K2 is essential for optimal bone health.',
    id: 'dk-essential-for-bone',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'The study highlights the complex relationship between calcium and vitamin D, noting that high doses of vitamin D3 can have modest beneficial effects on calcium absorption, but it does not address the role of Vitamin K2 in this process.',
    id: 'd3-increases-calcium-absorption',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'However, it is well established that Vitamin K2 activates proteins such as osteocalcin and Matrix Gla Protein (MGP) that bind calcium to bone matrix and prevent arterial calcification, respectively.',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'Vitamin K2 ensures that calcium from Vitamin D supplementation goes to the bones and teeth, rather than accumulating in soft tissues',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'The MK-7 form of K2 is generally preferred due to its longer half-life in the body',
    id: 'mk7-lasts-longer-than-mk4',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'Taking Vitamin K2 alongside Vitamin D supplements, especially at higher doses, can help optimize bone health while reducing potential cardiovascular risks associated with calcium misplacement In real-life clinical practice, health professionals often recommend taking Vitamin K2 (typically 100-200 mcg daily) alongside Vitamin D supplements, especially at higher doses (above 2000 IU daily), to minimize the risks associated with calcium supplementation and maximize the benefits of Vitamin D therapy.',
    id: 'k2-needed-with-vitamin-d',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'Vitamin K2 helps with vitamin D by contributing to the maintenance of bone health through the carboxylation of osteocalcin and matrix Gla-protein (MGP) 2.',
    id: 'dk-essential-for-bone',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'The combination of vitamins K and D has a synergistic effect on bone mineralization, with vitamin K adding to the benefit of maintaining bone health on top of an optimal vitamin D status 2, 3.',
    id: 'k2-improves-bone-strength',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'Vitamin K2 supplementation may improve bone quality and reduce fracture risk in osteoporotic patients, potentially enhancing the efficacy of calcium and vitamin D supplementation 3, 4.',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'The combined administration of vitamin D3 and vitamin K2 has been shown to increase bone mineral density (BMD) of the lumbar spine in postmenopausal women with osteoporosis 4, 5.',
    id: 'dk-increase-bone-density',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'A meta-analysis of randomized controlled trials found that vitamin K combined with vitamin D significantly increased total BMD and decreased undercarboxylated osteocalcin 5.',
    id: 'dk-increase-bone-density',
  },
  {
    seed: '000_205bc296aff7d109.txt',
    text: 'Supplementation with vitamins K2 and D3 has been suggested to have a protective role in the progression of coronary artery calcification, a strong predictor of acute myocardial infarction and cardiovascular mortality 6.',
    id: 'k2-prevents-heart-disease',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'The Power of Two: Why Vitamin D3 and K2 Are Better Together',
    id: 'dk-better-than-d-alone',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'You’ve likely heard about Vitamin D for bone health, but a growing body of research shows it works best with a partner: Vitamin K2.',
    id: 'dk-better-than-d-alone',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'This combination is gaining attention for its synergistic effects, helping your body use calcium more effectively for stronger bones and a healthier heart.',
    id: 'dk-support-heart-health',
    subject: 'vitamin D and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Think of Vitamin D3 and K2 as a team.',
    id: 'd-and-k2-work-together',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin D3’s primary job is to help you absorb calcium from your diet into your bloodstream.',
    id: 'd3-increases-calcium-absorption',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin K2 acts like a traffic cop for calcium.',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'It activates two key proteins:',
    id: 'k2-activates-calcium-proteins',
    subject: 'vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Osteocalcin: This protein directs calcium into your bones and teeth, where it’s needed for strength and density.',
    id: 'k2-directs-calcium-to-bone',
    subject: 'vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Matrix Gla-Protein (MGP): This protein helps prevent calcium from depositing in your arteries and other soft tissues, where it can cause hardening and other cardiovascular problems.',
    id: 'k2-prevents-heart-disease',
    subject: 'vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Without enough K2, the calcium that D3 helps you absorb might not get to the right places.',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'This is why taking them together is so important for balanced health.',
    id: 'k2-needed-with-vitamin-d',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'The science supporting this partnership is strong, especially for bone and heart health.',
    id: 'science-is-strong',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Stronger Bones: For years, we’ve known that Vitamin D is crucial for preventing bone loss.',
    id: 'dk-increase-bone-density',
  },

  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'A major review of multiple studies found that supplementing with both D3 and K2 together significantly improved bone mineral density, particularly in postmenopausal women.',
    id: 'dk-increase-bone-density',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Heart Health: By preventing calcium buildup in the arteries, Vitamin K2 helps maintain vascular flexibility and health.',
    id: 'k2-prevents-arterial-calcification',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'A recent large-scale clinical trial on men with existing coronary artery calcification found that combining high-dose K2 with D3 significantly slowed the progression of calcification and reduced the number of adverse cardiovascular events compared to a placebo.',
    id: 'trial-showed-dk-slowed-calcification',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'This supplement combination can be beneficial for many people, especially:',
    id: 'dk-for-everyone',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Postmenopausal women concerned about osteoporosis.',
    id: 'k2-reduces-fractures',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Individuals looking to support their long-term bone density.',
    id: 'dk-increase-bone-density',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Those focused on proactive cardiovascular wellness.',
    id: 'dk-support-heart-health',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin D3 and K2 are generally very safe when taken at recommended doses.',
    id: 'dk-generally-safe',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'The tolerable upper limit for Vitamin D is 4,000 IU per day, and Vitamin K2 has no established upper limit due to its high safety profile.',
    id: 'k2-no-upper-limit',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'However, there is one crucial consideration: Vitamin K can interfere with the effectiveness of blood-thinning medications like warfarin.',
    id: 'vitamin-k-interferes-with-warfarin',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'If you are taking any anticoagulant medication, it is essential to speak with your doctor before starting a supplement containing Vitamin K2.',
    id: 'vitamin-k-interferes-with-warfarin',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'The combination of Vitamin D3 and K2 offers a powerful, evidence-based approach to supporting your bone and cardiovascular health.',
    id: 'studies-confirm-benefits',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'By working together, they ensure calcium is used effectively by your body.',
    id: 'd-and-k2-work-together',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin D3 helps your body absorb calcium from food into your bloodstream.',
    id: 'd3-increases-calcium-absorption',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin K2 then directs that calcium to the right places—your bones and teeth—while keeping it out of soft tissues and arteries.',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Taking them together ensures that the calcium you absorb supports bone strength without contributing to arterial calcification.',
    id: 'k2-directs-calcium-to-bone',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Research shows that this nutrient pair works synergistically to support:',
    id: 'd-and-k2-work-together',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Bone health – Improves bone mineral density and reduces bone loss risk',
    id: 'k2-improves-bone-strength',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Heart health – Helps prevent calcium buildup in arteries and supports vascular flexibility',
    id: 'k2-prevents-arterial-calcification',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Calcium efficiency – Ensures calcium goes where it’s needed most',
    id: 'k2-directs-calcium-to-bone',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Clinical studies, particularly in postmenopausal women and individuals with heart health concerns, confirm these benefits.',
    id: 'studies-confirm-benefits',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin D3 – Increases calcium absorption from the gut into the bloodstream',
    id: 'd3-increases-calcium-absorption',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Vitamin K2 – Activates proteins like osteocalcin and matrix Gla-protein to direct calcium to bones and prevent harmful deposits in arteries',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Together, they provide comprehensive skeletal and cardiovascular support.',
    id: 'dk-support-heart-health',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'This supplement combination is particularly beneficial for:',
    id: 'd-and-k2-work-together',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Postmenopausal women concerned about bone loss or osteoporosis',
    id: 'k2-reduces-fractures',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Adults supporting long-term bone density and strength',
    id: 'dk-increase-bone-density',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'Individuals prioritizing heart and arterial health',
    id: 'dk-support-heart-health',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '001_2d378ed62aa9e527.txt',
    text: 'People with low sun exposure who may have suboptimal Vitamin D levels',
    id: 'd-deficiency-common',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin K2 is recommended alongside calcium and vitamin D3 because it activates vitamin K-dependent proteins (osteocalcin and matrix Gla-protein) that direct calcium into bone tissue rather than allowing it to deposit in soft tissues, thereby optimizing bone mineralization while potentially reducing vascular calcification risk.',
    id: 'k2-needed-with-vitamin-d',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: "Vitamin K2's role centers on the carboxylation (activation) of two critical proteins 1, 2:",
    id: 'k2-activates-calcium-proteins',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Osteocalcin: When carboxylated by vitamin K2, this protein chelates calcium from the bloodstream and imports it directly into bone matrix, contributing to bone quality and strength 2',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Matrix Gla-protein (MGP): This protein, when activated by vitamin K2, prevents calcium deposition in arterial walls and soft tissues, directing it instead toward skeletal tissue 2',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Without adequate vitamin K2, these proteins remain undercarboxylated and cannot effectively regulate calcium metabolism, potentially leading to the paradox of osteoporosis coexisting with vascular calcification 1, 2.',
    id: 'low-k2-misplaces-calcium',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'The combination works through complementary mechanisms 1, 2:',
    id: 'd-and-k2-work-together',
    subject: 'vitamin K2',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin D3 increases calcium absorption from the gut and stimulates osteocalcin production 3, 4',
    id: 'dk-essential-for-bone',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin K2 activates the proteins that actually incorporate calcium into bone and prevent its misplacement 1, 2',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Evidence demonstrates that vitamin K works synergistically with vitamin D on bone density, with the combination appearing more effective than either nutrient alone 1, 2.',
    id: 'dk-better-than-d-alone',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: "Research supports vitamin K2's bone benefits 5, 6, 7:",
    id: 'k2-improves-bone-strength',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Low vitamin K2 intake correlates with increased bone loss and fracture risk in both sexes 5',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Japanese studies using menaquinone-4 (MK-4, a form of K2) demonstrated not only increased bone mineral density but actual reduction in fracture rates in osteoporotic patients 6, 7',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'A systematic review of seven Japanese randomized controlled trials showed that menaquinone supplementation, particularly MK-4, increased BMD and reduced fracture incidence 7',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin K2 supplementation enhances the established calcium-vitamin D combination for bone health 5',
    id: 'd-and-k2-work-together',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Major guideline organizations (EULAR, American College of Physicians, USPSTF) do not currently include vitamin K2 in their formal osteoporosis prevention recommendations 3, 4, 8.',
    id: 'k2-not-in-guidelines',
  },

  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'The Institute of Medicine increased dietary reference intakes for vitamin K to 90 mcg/day for females and 120 mcg/day for males, representing a 50% increase from previous recommendations, though this primarily addresses vitamin K1 (phylloquinone) rather than K2 specifically 1.',
    id: 'k-adequate-intake-90-120-mcg',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin D3: 800 IU daily, targeting serum 25(OH)D levels ≥30 ng/mL 3, 4',
    id: 'd-target-level-30-ng-ml',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin K2: While not formally recommended in major guidelines, research suggests 45-90 mcg daily of MK-7 or higher doses of MK-4 may provide additional bone benefit 1, 2, 5',
    id: 'k2-not-in-guidelines',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Screen for contraindications before initiating: history of kidney stones, hypercalcemia, renal insufficiency, or warfarin use (vitamin K antagonizes warfarin) 3, 8.',
    id: 'vitamin-k-interferes-with-warfarin',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'While vitamin K2 has compelling mechanistic rationale and supportive clinical data for bone health, it remains an adjunctive consideration rather than a guideline-mandated component of osteoporosis management.',
    id: 'k2-not-in-guidelines',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'The strongest evidence supports ensuring adequate vitamin D3 (≥800 IU) and calcium (1,000-1,200 mg) intake as the foundation 3, 4, 8.',
    id: 'd-dosing-guidance',
  },
  {
    seed: '002_e4882ffecf233a35.txt',
    text: 'Vitamin K2 may be considered as an additional intervention, particularly in patients with documented osteoporosis or those seeking to optimize the calcium-vitamin D regimen, recognizing that most supporting evidence comes from Japanese populations using high-dose formulations 5, 6, 7.',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The combination of vitamin D3 with K2 is theoretically beneficial for directing calcium to bone rather than soft tissues, but current clinical evidence does not demonstrate clear advantages over vitamin D3 alone for cardiovascular or bone health outcomes in most populations.',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The rationale for combining these vitamins centers on calcium metabolism:',
    id: 'd-and-k2-work-together',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Vitamin D3 increases calcium absorption from the intestines and helps maintain serum calcium levels necessary for bone mineralization 1',
    id: 'd3-increases-calcium-absorption',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Vitamin K2 activates vitamin K-dependent proteins, particularly matrix Gla-protein (MGP) and osteocalcin, which theoretically direct calcium into bone and prevent vascular calcification 2',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Carboxylated osteocalcin (activated by vitamin K2) appears to chelate and import calcium from blood to bone, potentially reducing osteoporosis risk 2',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Carboxylated MGP may prevent calcium deposition in arterial walls and soft tissues 2',
    id: 'k2-activates-calcium-proteins',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The evidence for bone benefits is mixed and largely disappointing:',
    id: 'dk-benefit-not-shown',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'For postmenopausal women, the USPSTF found that daily supplementation with 400 IU vitamin D3 and 1000 mg calcium showed no net benefit for fracture prevention, with an increased risk of kidney stones (number needed to harm: 273) 1',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Higher doses may be more effective: Meta-analyses suggest ≥800 IU daily of vitamin D3 may reduce fractures in elderly patients, but this benefit exists with or without vitamin K2 1, 3',
    id: 'k2-reduces-fractures',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'In rat models, combined K2 and D3 enhanced bone regeneration in critical-size defects more than either vitamin alone 4, but this has not translated to human clinical trials',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'In periodontitis patients, vitamin K2 and D3 supplementation added to conventional therapy showed no additional benefit for bone levels or inflammatory markers compared to therapy alone 5',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The cardiovascular benefits are unproven:',
    id: 'dk-benefit-not-shown',
    subject: 'vitamin D3 and vitamin K2',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The AVADEC trial (2025) found that 24 months of high-dose vitamin K2 (720 μg) and D3 (25 μg) in elderly men at cardiovascular risk showed no effect on epicardial adipose tissue inflammation, pericoronary adipose tissue, or systemic inflammatory markers despite successfully reducing inactive MGP levels 6',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Vitamin D alone has shown associations with reduced cardiovascular events in observational studies, but no randomized controlled trial has demonstrated cardiovascular benefit from vitamin D supplementation 1',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Excess vitamin D causes calcific vasculopathy in animal models and has been used for decades as an experimental model of vascular calcification 1',
    id: 'd-excess-calcifies-vessels',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Target 25(OH)D levels of at least 30 ng/mL for optimal health benefits 1, 3',
    id: 'd-target-level-30-ng-ml',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'For deficiency treatment: 50,000 IU cholecalciferol weekly for 8-12 weeks, followed by 800-2,000 IU daily maintenance 3',
    id: 'd-dosing-guidance',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'For elderly patients: Minimum 800 IU daily of vitamin D3 is recommended even without baseline measurement 3',
    id: 'd-dosing-guidance',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The most important caveat: Vitamin D supplementation carries real risks:',
    id: 'too-much-vitamin-d-is-harmful',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Increased kidney stone risk is documented, particularly when combined with calcium supplementation 1',
    id: 'too-much-vitamin-d-is-harmful',
    subject: 'vitamin D',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Vascular calcification can occur with excess vitamin D, as demonstrated in animal models 1',
    id: 'd-excess-calcifies-vessels',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The dose-response relationship is biphasic: both deficiency and excess can be harmful 1',
    id: 'too-much-vitamin-d-is-harmful',
    subject: 'vitamin D',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Most Americans and Canadians receive adequate amounts of calcium and vitamin D from diet, and "too much of these nutrients may be harmful" according to the Institute of Medicine 1',
    id: 'too-much-vitamin-d-is-harmful',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'For most healthy adults, routine supplementation with vitamin D3 and K2 combination is not supported by evidence.',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Treat documented deficiency with vitamin D3 alone using evidence-based protocols 3',
    id: 'd-deficiency-common',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Do not add vitamin K2 to vitamin D3 supplementation expecting additional cardiovascular or bone benefits, as current evidence does not support this practice 6, 5',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'The theoretical synergy between vitamins D3 and K2 has not materialized in clinical outcomes that matter: fractures, cardiovascular events, or mortality.',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '003_2b1a0b5e5585a4b8.txt',
    text: 'Until high-quality randomized controlled trials demonstrate otherwise, vitamin D3 alone (when indicated) remains the evidence-based approach 1, 3.',
    id: 'dk-benefit-not-shown',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Vitamin D got our attention for its promising role in immune health in 2020, but it doesn’t work alone.',
    id: 'd-supports-immune-function',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Learn about its lesser-known co-pilot, vitamin K2, and how these two nutrients collaborate for many aspects of health.',
    id: 'd-and-k2-work-together',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'For many aspects of well-being, notably bone and heart health, vitamin D teams up with vitamin K.',
    id: 'dk-support-heart-health',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Some of the same chronic illnesses that predict poor COVID prognosis also happen to be associated with reduced vitamin K status.',
    id: 'dk-prevent-covid-or-k2-immunity',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'At the simplest level, vitamin D facilitates calcium absorption, while vitamin K2 directs that calcium toward bones and away from blood vessels.',
    id: 'k2-directs-calcium-to-bone',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'This particular synergy also means K2 may play a role in safeguarding against potential ill effects of excess vitamin D-induced calcium absorption, such as by restoring flexibility to hardened arteries.',
    id: 'k2-makes-d-safe',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Digging deeper, vitamin D stimulates the production of metabolic proteins that remain essentially inactive until vitamin K2 flips their switch to “on.”',
    id: 'dk-essential-for-bone',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Vitamin D encourages the action of bone-building cells, while vitamin K2 reins in the action of bone breakdown cells, a balance central to maintaining bone density.',
    id: 'k2-improves-bone-strength',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'The combination of D and K2 together appear to help make bones both stronger and more flexible.',
    id: 'k2-improves-bone-strength',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'This may be especially important for children’s health, since growing bones need vitamin K2 to effectively incorporate calcium into healthy bone architecture.',
    id: 'k2-needed-for-growing-bones',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'While it’s rare to be deficient in vitamin K1, researchers believe that inadequate levels of vitamin K2 may be common.',
    id: 'k2-deficiency-common',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Vitamin D deficiency is common too.',
    id: 'd-deficiency-common',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'While vitamin D is mostly derived from sun exposure, with fatty fish being one of the very few food sources, so low levels are no mystery.',
    id: 'd-deficiency-common',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'The reasons behind a potential low vitamin K2 status are a little more complex.',
    id: 'k2-deficiency-common',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Some animal-based fare, namely egg yolks and butter, contain a pinch of K2.',
    id: 'k2-food-sources',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'Certain fermented foods that are underrepresented in the North American diet, such as specific cheeses, are rich in vitamin K2.',
    id: 'k2-food-sources',
  },
  {
    seed: '004_1b7d4baf97d99584.txt',
    text: 'To be clear, no nutrient has been proven to prevent or treat COVID-19.',
    id: 'dk-benefit-not-shown',
    subject: 'vitamin D and vitamin K2',
  },
];
