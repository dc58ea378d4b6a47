import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import { applyDocumentLanguage } from '@/lib/ui/document-language';
import '@/components/panel.css';

applyDocumentLanguage();
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
