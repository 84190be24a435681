import { render } from 'preact';
import { Catalogue } from '../../components/Catalogue';
import { followHash, trackFilterBar } from '../../components/catalogue-hash';
import '../../components/theme.css';
import '../../components/page.css';

// Thin entry: render the catalogue, then bring the entry named in the address (#id) into view.
const app = document.getElementById('app');
if (app) render(<Catalogue />, app);
trackFilterBar();
followHash();
