import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { loadPopup } from '../../components/popup-state';
import '../../components/theme.css';
import '../../components/popup.css';

// Thin entry: render the popup, then fill its state from the active tab (or ?tab=N).
const app = document.getElementById('app');
if (app) render(<Popup />, app);
void loadPopup();
