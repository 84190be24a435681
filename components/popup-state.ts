import { signal } from '@preact/signals';
import type { WireFinding } from '../utils/messages';

/** What the popup shows: loading, or the active tab's findings. */
export type PopupState =
  { status: 'loading' } | { status: 'ready'; tabId: number | null; findings: readonly WireFinding[] };

/** The popup's one piece of state, filled by entrypoints/popup/main.tsx. */
export const popupState = signal<PopupState>({ status: 'loading' });
