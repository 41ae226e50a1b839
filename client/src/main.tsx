// Entry point: language and address bar settled before the first render, then the app inside its providers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { ApiError } from './api/http';
import { applyDocumentLanguage, initI18n } from './i18n/i18n';
import { languageFromSearch } from './i18n/use-language';
import { normalizeFilterUrl } from './features/filters/use-filters';
import './app/app.css';

const language = languageFromSearch(window.location.search);
initI18n(language);
applyDocumentLanguage(language);
normalizeFilterUrl();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Bad input (4xx) will not get better by asking again; an unreachable server might.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
