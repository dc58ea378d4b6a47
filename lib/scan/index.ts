export { scanHtml } from './scan-html';
export { scanText } from './scan-text';
