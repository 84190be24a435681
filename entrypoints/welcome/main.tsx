import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import { loadWelcomeShortcuts } from '../../components/welcome-model';
import '../../components/theme.css';
import '../../components/page.css';

// Thin entry: the first-run page, opened once when the extension is installed.
const app = document.getElementById('app');
if (app) render(<Welcome />, app);
void loadWelcomeShortcuts();
