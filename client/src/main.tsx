import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './csp';
import { App } from './App';
import './styles.css';

// GOV.UK Frontend's template sets these with an inline script, which our Content-Security-Policy forbids.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
