import { render } from 'preact';
import { PopupPanel } from '@/components/PopupPanel';
import { applyDocumentLanguage } from '@/lib/ui/document-language';
import '@/components/panel.css';

applyDocumentLanguage();
render(<PopupPanel />, document.getElementById('app') as HTMLElement);
