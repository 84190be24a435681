// The vitamin D / K2 vocabulary, as regular-expression sources. Rules in the catalogue name these
// as macros ({K2}, {D3}...) so that a new spelling is added once, here, for every rule.

/** Vitamin K2 and its forms, brands and spellings. */
const K2 = String.raw`(?:vit(?:amin|\.)?\s*k[\s-]?2|k[\s-]?2\b|mk[\s-]?[47]\b|menaquinone(?:[\s-]?[47])?s?|menatetrenone|menaq7)`;
/** Vitamin D3 and its chemical name. */
const D3 = String.raw`(?:vit(?:amin|\.)?\s*d[\s-]?3|d[\s-]?3\b|cholecalciferol)`;
/** Vitamin D in general (D, D2, D3). */
const D = String.raw`(?:vit(?:amin|\.)?\s*d(?:[\s-]?[23])?\b|d[\s-]?3\b|cholecalciferol|ergocalciferol|calcitriol)`;
/** Vitamin K in general (K, K1, K2). */
const K = String.raw`(?:vit(?:amin|\.)?\s*k(?:[\s-]?[12])?\b|${K2}|phylloquinone)`;

/** Macros available to catalogue rules, by name. */
export const VOCABULARY: Readonly<Record<string, string>> = {
  K2,
  D3,
  D,
  K,
  DK: `(?:${D}|${K})`,
  CALCIUM: String.raw`calcium`,
  BONE: String.raw`(?:bones?|skelet\w*|osteo\w*|bmd|bone mineral density|fractures?)`,
  TEETH: String.raw`(?:teeth|tooth|dental|dentin)`,
  HEART: String.raw`(?:heart|cardio\w*|cardiac|coronary)`,
  ARTERY: String.raw`(?:arter\w*|vascular\w*|vessels?|blood vessels?|soft tissues?)`,
  CALCIFY: String.raw`(?:calcif\w*|harden\w*|stiff\w*|deposit\w*|build[\s-]?up|plaques?)`,
  IMMUNE: String.raw`(?:immun\w*|infections?|colds?|flu|covid\w*|respiratory)`,
  PREVENT: String.raw`(?:prevent\w*|protect\w*|reduc\w*|lower\w*|cut\w*|slow\w*|stop\w*|fight\w*|guard\w*)`,
  SUPPORT: String.raw`(?:support\w*|promot\w*|maintain\w*|improv\w*|boost\w*|enhanc\w*|help\w*|strengthen\w*|benefit\w*)`,
};

/**
 * The cheap first gate, run over raw page text before anything else. It errs on the side of
 * letting text through (the finder decides later); text without any of these costs one regex test.
 */
export const GATE = new RegExp(
  String.raw`(?:\bvit(?:amin|\.)?s?\s*[dk](?:[\s-]?[123])?\b|\b[dk][\s-]?[23]\b|\bd3k2\b|\bk2d3\b|\bmk[\s-]?[47]\b|cholecalciferol|menaquinone|menatetrenone|menaq7|phylloquinone)`,
  'i',
);
