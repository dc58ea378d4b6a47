import { render } from 'preact';
import { ReaderPage } from '@/components/ReaderPage';
import { applyDocumentLanguage } from '@/lib/ui/document-language';
import '@/components/panel.css';
import '@/components/reader.css';

applyDocumentLanguage();
render(<ReaderPage />, document.getElementById('app') as HTMLElement);
