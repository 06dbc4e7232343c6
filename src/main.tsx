import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { useAtlas } from './state/useAtlas';
import { syncUrl } from './state/urlSync';
import './ui/styles.css';

syncUrl(useAtlas);
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
