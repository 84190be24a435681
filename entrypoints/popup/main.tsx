import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { tabFindingsSchema } from '../../utils/messages';
import { popupState } from '../../components/popup-state';
import '../../components/theme.css';

async function load(): Promise<void> {
  // ?tab=N lets tests and the demo open the popup as a page for a given tab.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [active] =
    Number.isInteger(forced) && forced > 0
      ? []
      : await browser.tabs.query({ active: true, currentWindow: true });
  const tab = Number.isInteger(forced) && forced > 0 ? { id: forced } : active;
  if (tab?.id === undefined) {
    popupState.value = { status: 'ready', tabId: null, findings: [] };
    return;
  }
  const raw: unknown = await browser.runtime.sendMessage({ type: 'get-tab-findings', tabId: tab.id });
  const parsed = tabFindingsSchema.nullable().safeParse(raw);
  popupState.value = {
    status: 'ready',
    tabId: tab.id,
    findings: parsed.success ? (parsed.data?.findings ?? []) : [],
  };
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
void load();
