// `npm run catalogue`: writes CATALOGUE.md at the repository root from the catalogue data.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE, CATALOGUE_VERSION } from '../claims';
import { catalogueMarkdown } from '../claims/catalogue/markdown';

const target = fileURLToPath(new URL('../CATALOGUE.md', import.meta.url));
writeFileSync(target, catalogueMarkdown(CATALOGUE, CATALOGUE_VERSION));
process.stdout.write(`wrote ${target} (${String(CATALOGUE.length)} entries)\n`);
