import { render } from 'preact';
import { Options } from '../../components/Options';
import { ReportsView } from '../../components/ReportsView';
import { loadOptions } from '../../components/options-model';
import '../../components/theme.css';
import '../../components/page.css';

// Thin entry. The Reports view (issue 6) mounts through <Options reports={...} />.
const app = document.getElementById('app');
if (app) render(<Options reports={<ReportsView embedded />} />, app);
void loadOptions();
