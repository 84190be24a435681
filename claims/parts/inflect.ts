// Word forms for the concept vocabularies. compromise/one has no conjugator, so a vocabulary names
// a verb once ("prevent") and gets every form its lexicon must hold (prevents, prevented,
// preventing). Irregular verbs name their forms themselves.

const VOWEL = /[aeiou]/;

/** The -s form: "prevents", "reduces", "carries", "fixes". */
function third(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** The stem before -ed and -ing: "reduc(e)", "carri(y)", "stop(p)". */
function stems(verb: string): { ed: string; ing: string } {
  if (verb.endsWith('ie')) return { ed: `${verb}d`, ing: `${verb.slice(0, -2)}ying` };
  if (verb.endsWith('ee')) return { ed: `${verb}d`, ing: `${verb}ing` };
  if (verb.endsWith('e')) return { ed: `${verb}d`, ing: `${verb.slice(0, -1)}ing` };
  if (/[^aeiou]y$/.test(verb)) return { ed: `${verb.slice(0, -1)}ied`, ing: `${verb}ing` };
  // One short syllable ending consonant-vowel-consonant doubles its last letter: "stop", "cut".
  const last = verb.charAt(verb.length - 1);
  const vowels = verb.match(/[aeiou]+/g) ?? [];
  if (
    vowels.length === 1 &&
    /[^aeiouwxy]$/.test(verb) &&
    VOWEL.test(verb.charAt(verb.length - 2)) &&
    !VOWEL.test(verb.charAt(verb.length - 3))
  )
    return { ed: `${verb}${last}ed`, ing: `${verb}${last}ing` };
  return { ed: `${verb}ed`, ing: `${verb}ing` };
}

/**
 * Every form of a verb phrase, inflecting its first word: "keep out" gives "keeps out", "keeping
 * out" and, with `past` "kept", "kept out". `past` names the first word's irregular past forms,
 * split by `|` ("found|founded").
 */
export function verb(phrase: string, past?: string): string[] {
  const [head = '', ...rest] = phrase.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const { ed, ing } = stems(head);
  const forms = [head, third(head), ing, ...(past ? past.split('|') : [ed])];
  return [...new Set(forms)].map((f) => f + tail);
}

/** A noun phrase and its plural, inflecting its last word: "heart attack", "heart attacks". */
export function noun(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  const head = words.length ? `${words.join(' ')} ` : '';
  const plural = /(?:s|sh|ch|x|z)$/.test(last)
    ? `${last}es`
    : /[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : `${last}s`;
  return [head + last, head + plural];
}
