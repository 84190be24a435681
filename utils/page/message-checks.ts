import type { FindingPart } from '../../claims/finder/types';
import { GRADES, type Grade } from '../../claims/grades';
import { ROLES } from '../../claims/parts/concept';
import type { ContentMessage, WireFinding } from '../messages';

// The content script loads on every page and must stay small, so it checks what it receives by
// hand instead of bundling zod (even zod/mini costs a quarter of the size budget). Each check
// accepts exactly what the zod schema of utils/messages.ts accepts; a property-based unit test
// (__tests__/message-checks.test.ts) holds the two together.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNat = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isGrade = (v: unknown): v is Grade => (GRADES as readonly unknown[]).includes(v);
const orNull =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || check(v);

/** Whether a value is a finding as utils/messages.ts's findingSchema defines it. */
export function isFinding(v: unknown): v is WireFinding {
  return (
    isObj(v) &&
    isStr(v.text) &&
    isNat(v.start) &&
    isNat(v.end) &&
    orNull(isStr)(v.claimId) &&
    orNull(isGrade)(v.grade) &&
    orNull(isStr)(v.ruleId) &&
    orNull(isStr)(v.reason) &&
    isBool(v.hedged) &&
    isBool(v.negated) &&
    (v.subject === undefined || isStr(v.subject)) &&
    (v.voice === undefined || v.voice === 'customer') &&
    (v.parts === undefined ||
      (Array.isArray(v.parts) && v.parts.length <= MAX_PARTS && v.parts.every(isPart)))
  );
}

/** At most this many parts travel with a finding (findingSchema says the same). */
const MAX_PARTS = 40;
const isPart = (p: unknown): p is FindingPart =>
  isObj(p) &&
  (ROLES as readonly unknown[]).includes(p.role) &&
  isStr(p.label) &&
  isStr(p.text) &&
  (p.negated === undefined || isBool(p.negated));

/** The background's answer to 'analyze'; throws on anything else (the scan then stops and warns). */
export function parseFindings(raw: unknown): WireFinding[] {
  if (!Array.isArray(raw) || !raw.every(isFinding)) throw new Error('malformed analysis answer');
  // Copy only the known fields, as a schema would.
  return raw.map((f: WireFinding) => ({
    text: f.text,
    start: f.start,
    end: f.end,
    claimId: f.claimId,
    grade: f.grade,
    ruleId: f.ruleId,
    reason: f.reason,
    hedged: f.hedged,
    negated: f.negated,
    ...(f.subject === undefined ? {} : { subject: f.subject }),
    ...(f.voice === undefined ? {} : { voice: f.voice }),
    ...(f.parts === undefined
      ? {}
      : {
          parts: f.parts.map((p) => ({
            role: p.role,
            label: p.label,
            text: p.text,
            ...(p.negated === undefined ? {} : { negated: p.negated }),
          })),
        }),
  }));
}

/** A message for the content script (contentMessageSchema), or null for anything else. */
export function parsePageMessage(raw: unknown): ContentMessage | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'reveal':
      return isNat(raw.index) ? { type: 'reveal', index: raw.index } : null;
    case 'set-marks-hidden':
      return isBool(raw.hidden) ? { type: 'set-marks-hidden', hidden: raw.hidden } : null;
    case 'step-claim':
      return raw.step === 1 || raw.step === -1 ? { type: 'step-claim', step: raw.step } : null;
    case 'page-status':
      return { type: 'page-status' };
    default:
      return null;
  }
}

/** A source as the tooltip shows it: a name that links to the study, and what it found. */
export interface EntrySource {
  readonly name: string;
  readonly url: string;
  readonly finding: string;
}

// The tooltip turns a source into a link on the page: only https links are taken.
const isSource = (s: unknown): s is EntrySource =>
  isObj(s) && isStr(s.name) && isStr(s.finding) && isStr(s.url) && /^https:\/\/[^\s]+$/.test(s.url);

/** What the tooltip shows of a catalogue entry (the background's answer to 'get-entry'). */
export interface EntryDetails {
  readonly id: string;
  readonly claim: string;
  readonly grade: Grade;
  readonly verdict: string;
  readonly explanation: string;
  readonly caution?: string;
  readonly sources: readonly EntrySource[];
  readonly reviewed: string;
}

/** The entry details in a 'get-entry' answer, or null (unknown id, or malformed). */
export function parseEntryDetails(raw: unknown): EntryDetails | null {
  if (
    !isObj(raw) ||
    !isStr(raw.id) ||
    !isStr(raw.claim) ||
    !isGrade(raw.grade) ||
    !isStr(raw.verdict) ||
    !isStr(raw.explanation) ||
    !(raw.caution === undefined || isStr(raw.caution)) ||
    !isStr(raw.reviewed) ||
    !Array.isArray(raw.sources)
  )
    return null;
  const sources = raw.sources as unknown[];
  if (!sources.every(isSource)) return null;
  return {
    id: raw.id,
    claim: raw.claim,
    grade: raw.grade,
    verdict: raw.verdict,
    explanation: raw.explanation,
    ...(raw.caution === undefined ? {} : { caution: raw.caution }),
    sources: sources.map((s) => ({ name: s.name, url: s.url, finding: s.finding })),
    reviewed: raw.reviewed,
  };
}

/** The background's answer to 'get-shortcuts': the keys of the next/previous commands ('' when unset). */
export function parseShortcuts(raw: unknown): { next: string; previous: string } {
  const key = (v: unknown) => (isStr(v) && v.length <= 40 ? v : '');
  return isObj(raw) ? { next: key(raw.next), previous: key(raw.previous) } : { next: '', previous: '' };
}

/**
 * The tooltip's keyboard hint from the keys the browser has set: "Alt+Shift+N / Alt+Shift+P: next /
 * previous claim", or null when neither is set.
 */
export function shortcutHint(keys: { next: string; previous: string }): string | null {
  if (keys.next && keys.previous) return `${keys.next} / ${keys.previous}: next / previous claim`;
  if (keys.next) return `${keys.next}: next claim`;
  if (keys.previous) return `${keys.previous}: previous claim`;
  return null;
}

/** Checks shared with the settings reader. */
export const checks = { isObj, isStr, isBool, isInt };
