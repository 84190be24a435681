// The five documents the catalogue is graded from (kept in ../shared/seeds/, outside the repo).
// They disagree on purpose: a marketing page against clinical and guideline summaries.

/** Each seed document's file name and what it is, in words for readers who never saw it. */
export const SEED_DOCUMENTS = {
  '000_205bc296aff7d109.txt':
    'Clinical question-and-answer summary, "How does vitamin K2 interact with vitamin D?" (2025): mostly favourable to K2; cites an NEJM calcium and vitamin D study and a meta-analysis of randomised trials.',
  '001_2d378ed62aa9e527.txt':
    'Supplement marketing article, "The Power of Two: Why Vitamin D3 and K2 Are Better Together": the claims as shops make them.',
  '002_e4882ffecf233a35.txt':
    'Clinical question-and-answer summary on K2 with calcium and D3 for osteoporosis (2026): the Japanese MK-4 trials, the EULAR, ACP and USPSTF guidelines, the Institute of Medicine intakes.',
  '003_2b1a0b5e5585a4b8.txt':
    'Guideline-based evidence summary, "Vitamin D3 and K2 Combination: Benefits and Evidence": the USPSTF review, the AVADEC trial, dosing, risks and the clinical recommendation.',
  '004_1b7d4baf97d99584.txt':
    'Consumer health blog, "How vitamin D and vitamin K2 work together" (2022): mechanisms, food sources, deficiency and immunity.',
} as const;

/** A seed document's file name. */
export type SeedFile = keyof typeof SEED_DOCUMENTS;

/** The seed file names, for the schema. */
export const SEED_FILES = Object.keys(SEED_DOCUMENTS) as [SeedFile, ...SeedFile[]];
