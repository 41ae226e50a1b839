// Entry point: language and address bar settled before the first render, then the app inside its providers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { createQueryClient } from './api/query-client';
import { applyDocumentLanguage, initI18n } from './i18n/i18n';
import { languageFromSearch } from './i18n/use-language';
import { normalizeFilterUrl } from './features/filters/use-filters';
import './app/app.css';

const language = languageFromSearch(window.location.search);
initI18n(language);
applyDocumentLanguage(language);
normalizeFilterUrl();

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
