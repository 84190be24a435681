// `npm run bench [-- --no-build] [--out FILE] [--only NAME] [--runs N] [--keep-traces]`: the extension in headless
// Chromium over generated pages (10 KB to 5 MB of text; no claims, ten claims, one claim per 2 KB).
// For each page, in the same run: the floor (a bare TreeWalker pass collecting the page's text, as
// the first reader of a freshly loaded page), the extension's scan time (untraced), its main-thread
// time and longest task (traced), time to first mark, warm and with the worker asleep, its JS heap,
// and the same figures for the matching reference extension (./reference.ts). Prints a table and
// the goals, writes JSON lines, and reports the gzipped size of each built script. CI does not
// time it. Each page is measured --runs times (default 5) and the median of each figure is
// reported. Method: docs/benchmark.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/browser-path';
import { goals } from './goals';
import { plainLoad } from './loads';
import { measure, workerStopper } from './measure';
import { build, EXTENSION_DIR, OUT_DIR, parseArgs, REFERENCE_DIR } from './options';
import { CLAIM_SENTENCES, generatePage, serve, SIZES, VARIANTS, type BenchPage } from './pages';
import { referenceFigures, referenceSpan, writeReferenceExtension } from './reference';
import { medianResult, round, withClaimCost, type Result } from './result';
import { fmt, printTable, scriptSizes } from './table';

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    console.log(`bench: building into ${OUT_DIR}/`);
    build();
  }
  const pages = SIZES.flatMap((s) =>
    VARIANTS.map((v) => generatePage(s.label, s.bytes, v, CLAIM_SENTENCES)),
  ).filter((p) => !options.only || p.name.includes(options.only));
  if (!pages.length) throw new Error(`no page matches --only ${String(options.only)}`);
  const { url, server } = await serve(pages);
  // The figures are wall and task times: a busy machine inflates them, so say how busy it is.
  const load = loadavg()[0] ?? 0;
  console.log(
    `bench: load average ${load.toFixed(1)} on ${cpus().length} cores` +
      (load > cpus().length / 2 ? ' (busy: expect noisy figures; rerun on a quiet machine)' : ''),
  );
  const executablePath = findChromium();
  const withExtension = (dir: string) =>
    chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
    });
  const context = await withExtension(EXTENSION_DIR);
  const baseline = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  // Each reference in a browser of its own, so that only one content script reads each page.
  const askDir = writeReferenceExtension(join(REFERENCE_DIR, 'ask'), 'ask');
  const reference = {
    ask: await withExtension(askDir),
    read: await withExtension(writeReferenceExtension(join(REFERENCE_DIR, 'read'), 'read')),
  };
  const version = baseline.version();
  const traceDir = options.keepTraces ? join(dirname(options.out), 'traces') : null;
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  const byPage = new Map<string, Result[]>();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // URL.origin is "null" for chrome-extension: URLs, so build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // Opened for the loads with the background asleep, after the warm ones: an extension page open
    // beside the warm loads would hear every message and storage change of theirs.
    let stopper: ReturnType<typeof workerStopper> | null = null;
    const stopWorker = async (sameSite: boolean) =>
      (await (stopper ??= workerStopper(context, `${extensionOrigin}/options.html`)))(sameSite);
    let refStopper: ReturnType<typeof workerStopper> | null = null;
    const stopReference = async () => {
      const askWorker =
        reference.ask.serviceWorkers()[0] ?? (await reference.ask.waitForEvent('serviceworker'));
      const page = `chrome-extension://${new URL(askWorker.url()).host}/blank.html`;
      await (
        await (refStopper ??= workerStopper(reference.ask, page))
      )(true);
    };
    // A warm-up page, so the first measured page does not pay for starting the renderer.
    await measure(
      context,
      baseline,
      extensionOrigin,
      `${url}/${pages[0]?.name ?? ''}.html`,
      pages[0] as BenchPage,
      null,
    );
    // And two analyses, so the first measured page with claims does not pay for the background's
    // start (the cold figure below measures that on purpose).
    const firstWithClaims = pages.find((p) => p.claims);
    if (firstWithClaims)
      for (let i = 0; i < 2; i++) {
        await plainLoad(context, `${url}/${firstWithClaims.name}.html`);
        await referenceSpan(reference.ask, `${url}/${firstWithClaims.name}.html`);
      }
    for (let run = 1; run <= options.runs; run++)
      for (const spec of pages) {
        process.stdout.write(`bench: run ${run}/${options.runs} ${spec.name}...`);
        const result = await measure(
          context,
          baseline,
          extensionOrigin,
          `${url}/${spec.name}.html`,
          spec,
          traceDir,
        );
        const ref = await referenceFigures(
          spec.claims ? reference.ask : reference.read,
          `${url}/${spec.name}.html`,
        );
        result.ref_scan_ms = ref.scan;
        result.ref_busy_ms = ref.busy;
        byPage.set(spec.name, [...(byPage.get(spec.name) ?? []), result]);
        process.stdout.write(
          ` floor ${fmt(result.floor_ms, 2)}, scan ${fmt(result.scan_ms, 2)} (ref ${fmt(ref.scan, 2)}), busy ${fmt(result.busy_ms)} (ref ${fmt(ref.busy)}), longest task ${fmt(result.longest_task_ms)} ms\n`,
        );
      }
    // With the background asleep, after all the warm figures: the worker then starts afresh and
    // its first analyses are slower, which must not leak into them.
    for (let run = 1; run <= options.runs; run++)
      for (const spec of pages.filter((p) => p.claims)) {
        process.stdout.write(`bench: run ${run}/${options.runs} ${spec.name}, background asleep...`);
        await stopWorker(false);
        const cold = (await plainLoad(context, `${url}/${spec.name}.html`)).firstPaint;
        await stopWorker(true);
        const sameSite = (await plainLoad(context, `${url}/${spec.name}.html`)).firstPaint;
        await stopReference();
        const refCold = await referenceSpan(reference.ask, `${url}/${spec.name}.html`);
        const result = byPage.get(spec.name)?.[run - 1];
        if (result) {
          result.cold_first_mark_ms = cold === null ? null : round(cold);
          result.cold_same_site_ms = sameSite === null ? null : round(sameSite);
          result.ref_cold_ms = refCold === null ? null : round(refCold);
        }
        process.stdout.write(
          ` first mark ${fmt(cold)} ms (ref ${fmt(refCold)}), ${fmt(sameSite)} ms on a site with claims before\n`,
        );
      }
  } finally {
    await context.close();
    await baseline.close();
    await reference.ask.close();
    await reference.read.close();
    server.close();
  }
  const results = withClaimCost(pages.map((p) => medianResult(byPage.get(p.name) ?? [])));

  console.log(`\nmedians of ${options.runs} run(s); Chromium ${version}:`);
  printTable(results);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');

  const sizes = scriptSizes(EXTENSION_DIR);
  console.log('\nbuilt scripts (gzipped):');
  for (const s of sizes)
    console.log(
      `  ${s.file.padEnd(44)} ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gz`,
    );
  const content = sizes.find((s) => s.file === 'content-scripts/content.js');
  console.log('\ngoals (ratios to the references measured in this run):');
  for (const g of goals(results, content?.gzip)) console.log(`  ${g}`);
  console.log(`\nbench: JSON lines in ${relative(process.cwd(), options.out)}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
