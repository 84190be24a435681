import {
  mentionsOtherNutrient,
  namesOtherVitaminK,
  otherNutrientSubject,
  referenceOf,
  subjectFromTopic,
  subjectOf,
  type Subject,
} from './subject';

// The subject of a page carries from sentence to sentence: a heading "Vitamin K2" gives its
// subject to the list under it, "Vitamin D3 helps... It also..." gives "it" its meaning. This
// tracker walks the sentences in page order and says, for each, whom it is about.

/** How far back (in sentences) "this vitamin" may look for its subject; "it" looks one back only. */
const RECENT_REACH = 3;
/** How far back "these two vitamins" may look for a sentence that named both. */
const PAIR_REACH = 12;
/** Blocks longer than this are paragraphs, not list items. */
const LIST_ITEM_LENGTH = 320;
/** How many items a lead-in such as "Key benefits:" may introduce. */
const LIST_REACH = 16;

/** Whom one sentence is about, and how that was decided. */
export interface Resolution {
  /** The D/K subject, or null when the sentence is not about D/K2. */
  readonly subject: Subject | null;
  /** How the subject was found: named in the sentence, carried from context, or assumed from its topic. */
  readonly from: 'sentence' | 'context' | 'topic' | null;
  /** The sentence is an item of a list whose lead-in gave the subject. */
  readonly listItem: boolean;
}

/** One sentence as the tracker sees it. */
export interface SentenceView {
  /** Normalised text. */
  readonly text: string;
  /** A heading block, or a short line of its own without a full stop. */
  readonly heading: boolean;
  /** Ends in ':' and introduces a list. */
  readonly leadIn: boolean;
  /** Has no full stop (list items, labels). */
  readonly bare: boolean;
  /** The first sentence of its block: where a list item starts. */
  readonly first: boolean;
  /** The page marked it as a heading (h1-h6...), as opposed to a short line read as one. */
  readonly markup: boolean;
  /** It began with a list marker ("✔ IMMUNE SUPPORT – ..."), an item of the product above. */
  readonly bullet?: boolean;
}

/** Headings that announce a list of what the vitamin does, even without a colon. */
const ANNOUNCES_LIST =
  /\b(?:benefits?|advantages|highlights|why (?:take|choose|use)|what (?:it|they) (?:does|do)|how (?:it|they) works?|key (?:roles|functions|features)|roles? of|functions? of|helps? (?:with|to)|supports?)\b/i;

/** The heading of a reference list. */
const REFERENCES =
  /^(?:references?|sources|bibliography|citations|works cited|literature cited|further reading|footnotes)\s*:?$/i;

/**
 * A study's result reported in the sentence right after one about D/K2 ("The same review found
 * more kidney stones...", "In one analysis, one extra woman in 273 developed a stone"): its subject
 * is the vitamin just studied, though no word points back to it.
 */
const STUDY_RESULT =
  /\b(?:stud(?:y|ies)|trials?|reviews?|analys[ie]s|meta-analys\w*|researchers?|findings?|results?|cohort|participants|evidence|data|authors|investigators)\b/i;

/** A numbered heading: "9. Healthier thyroid function", "10) Fewer colds". */
const NUMBERED = /^\s*\d{1,2}[.)]\s/;

const NONE: Resolution = { subject: null, from: null, listItem: false };

/** Tracks the subject across the sentences of one document; one instance per `find` call. */
export class SubjectTracker {
  private heading: Subject | null = null;
  private recent: Subject | null = null;
  private recentAge = Infinity;
  private list: { subject: Subject | null; age: number } | null = null;
  /** The last subject naming both vitamins: what "these vitamins" and "the duo" mean. */
  private pair: Subject | null = null;
  private pairAge = Infinity;
  private references = false;
  /**
   * The subject of a heading that announces a list ("12 Benefits of Vitamin D"), whose items are
   * numbered headings of their own ("9. Healthier thyroid function") with paragraphs between them.
   * Unlike a list it outlives paragraphs and skipped text; the next unnumbered heading ends it.
   */
  private section: Subject | null = null;
  /** Sentences since one led by another nutrient: "these two nutrients" may then mean that one. */
  private otherAge = Infinity;

  /** Whether a sentence without the vocabulary could still be about D/K2 here. */
  get carrying(): boolean {
    return (this.recent !== null && this.recentAge < RECENT_REACH) || this.list !== null;
  }

  /** Whether a numbered heading here would be an item of a "12 Benefits of Vitamin D" section. */
  get inSection(): boolean {
    return this.section !== null;
  }

  /** Whether a lead-in such as "Key benefits:" is still introducing items. */
  get inList(): boolean {
    return this.list !== null;
  }

  /** Text was skipped or a gap lies between blocks: nothing before it is "recent" any more. */
  gap(): void {
    this.recentAge = Infinity;
    this.pairAge = Infinity;
    this.otherAge = Infinity;
    this.list = null;
  }

  /**
   * A block without the vocabulary was skipped: a gap in context, but one that names another
   * nutrient ("Zinc and vitamin C...") keeps "these two nutrients" after it from meaning D and K2.
   */
  skipped(text: string): void {
    this.gap();
    if (mentionsOtherNutrient(text)) this.otherAge = 0;
  }

  /** A new block begins; a paragraph (long, or several sentences) ends any list before it. */
  block(length: number, sentences: number): void {
    if (length > LIST_ITEM_LENGTH || sentences > 2 || (sentences > 1 && length > LIST_ITEM_LENGTH / 2))
      this.list = null;
  }

  /** A heading without the vocabulary: a heading naming another nutrient ends the D/K section. */
  plainHeading(text: string): void {
    this.list = null;
    if (!NUMBERED.test(text)) this.section = null;
    this.recentAge = Infinity;
    if (otherNutrientSubject(text) !== null) this.heading = null;
  }

  /** Decides whom the sentence is about and moves the context on. */
  resolve(s: SentenceView): Resolution {
    // A reference list ("References", "Works cited") quotes paper titles, not the page's claims.
    if (REFERENCES.test(s.text)) this.references = true;
    else if (s.heading && s.markup) this.references = false;
    if (this.references) return NONE;
    const own = subjectOf(s.text);
    // A sentence led by another nutrient, or naming only K1/K3, is not about ours.
    const other = otherNutrientSubject(s.text) !== null || (!own && namesOtherVitaminK(s.text));
    const listItem = this.list !== null && !s.heading && !s.leadIn && (s.first || s.bare);
    let result: Resolution = NONE;
    let borrowed = false;
    if (own && !other) result = { subject: own, from: 'sentence', listItem };
    else if (!own && !other) {
      const ref = referenceOf(s.text);
      if (s.markup && s.bullet && this.section)
        result = { subject: this.section, from: 'context', listItem: true };
      else if (ref === 'pair' && this.pair && this.pairAge < PAIR_REACH)
        result = { subject: this.pair, from: 'context', listItem };
      else if (!ref && this.recent && this.recentAge < 1 && STUDY_RESULT.test(s.text)) {
        result = { subject: this.recent, from: 'context', listItem };
        // Borrowed, not named: "it" in the next sentence still looks past this one.
        borrowed = true;
      } else if (ref && this.recent && this.recentAge < (ref === 'pronoun' ? 1 : RECENT_REACH))
        result = { subject: this.recent, from: 'context', listItem };
      else if (listItem && this.list?.subject)
        result = { subject: this.list.subject, from: 'context', listItem };
      else if (s.bullet && s.first && !s.heading && (this.recentSubject() ?? this.heading)) {
        // A bulleted item under a D/K2 heading or sentence is one of that product's features, and
        // the items after it are too: "Vitamin D3 + K2 Drops" then "✔ IMMUNE SUPPORT – ...".
        const subject = this.recentSubject() ?? this.heading;
        this.list = { subject, age: 0 };
        result = { subject, from: 'context', listItem: true };
      } else if (ref && this.heading && ref !== 'pronoun' && ref !== 'elided')
        result = { subject: this.heading, from: 'context', listItem };
      else if (ref && this.otherAge >= RECENT_REACH) {
        const topic = subjectFromTopic(s.text, ref);
        if (topic) result = { subject: topic, from: 'topic', listItem };
      }
    }
    this.advance(s, borrowed ? NONE : result, other);
    return result;
  }

  private advance(s: SentenceView, r: Resolution, other: boolean): void {
    if (s.markup) {
      if (other) this.section = null;
      else if (ANNOUNCES_LIST.test(s.text) && r.from === 'sentence') this.section = r.subject;
      else if (!s.bullet) this.section = null;
    }
    if (s.heading) {
      this.heading = other ? null : r.from === 'sentence' ? r.subject : this.heading;
      this.list = null;
    }
    // "Key benefits:" or a heading "Benefits of K2" introduces items that carry its subject.
    if (s.leadIn || (s.heading && ANNOUNCES_LIST.test(s.text)))
      this.list = other ? null : { subject: r.subject ?? this.recentSubject() ?? this.heading, age: 0 };
    else if (this.list && (++this.list.age > LIST_REACH || (!s.bare && s.text.length > 240)))
      this.list = null;
    this.otherAge = other ? 0 : this.otherAge + 1;
    if (other) {
      this.recent = null;
      this.recentAge = Infinity;
    } else if (r.subject && r.from !== 'topic') {
      this.recent = r.subject;
      this.recentAge = 0;
    } else this.recentAge++;
    if (r.subject && r.subject.names.length > 1 && r.from !== 'topic') {
      this.pair = r.subject;
      this.pairAge = 0;
    } else this.pairAge++;
  }

  private recentSubject(): Subject | null {
    return this.recentAge < RECENT_REACH ? this.recent : null;
  }
}
