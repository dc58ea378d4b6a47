import { render } from 'preact';
import { initialView, PopupPanel } from '@/components/PopupPanel';
import { readFirstPageEarly, SHOW_LOADING_AFTER_MS, settledOrLate } from '@/lib/popup/early-first-page';
import { applyDocumentLanguage } from '@/lib/ui/document-language';
import '@/components/panel.css';

applyDocumentLanguage();
const mount = () => render(<PopupPanel />, document.getElementById('app') as HTMLElement);
// Opened on the reading list, the popup reads its first page before it renders and renders once that is in: its
// first frame holds the list, not a loading state the list replaces a frame later. A slow read shows the loading
// state after SHOW_LOADING_AFTER_MS.
if (initialView() === 'list') void settledOrLate(readFirstPageEarly(), SHOW_LOADING_AFTER_MS).then(mount);
else mount();
