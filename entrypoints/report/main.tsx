import { render } from 'preact';
import { ReportDraft } from '../../components/ReportDraft';
import { ReportsView } from '../../components/ReportsView';
import '../../components/theme.css';

// report.html?draft=ID: confirm one report, with the Reports view below. report.html: the view alone.
function ReportPage({ draftId }: { draftId: string | null }) {
  return (
    <>
      {draftId && <ReportDraft draftId={draftId} />}
      <ReportsView heading={draftId ? 'h2' : 'h1'} />
    </>
  );
}

const app = document.getElementById('app');
if (app) render(<ReportPage draftId={new URLSearchParams(location.search).get('draft')} />, app);
